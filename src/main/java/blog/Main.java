package blog;

import blog.logging.LoggedUrls;
import blog.site.SiteUrls;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * Starts the server. A packaged server in the prod profile first checks its settings and its
 * database, and refuses to start with one clear line instead of a stack trace.
 */
@QuarkusMain
public class Main {

    private static final List<String> REQUIRED_IN_PRODUCTION = List.of(
            "BLOG_DB_URL", "BLOG_DB_USER", "BLOG_DB_PASSWORD", "BLOG_ADMIN_TOKEN", "BLOG_TOKEN_HASH_KEY", "BLOG_SITE_URL", "BLOG_API_URL");
    /** Feeds, sitemaps and preview links are built on these: they must be absolute. */
    private static final List<String> PUBLIC_URLS = List.of("BLOG_SITE_URL", "BLOG_API_URL");
    private static final int CONNECT_TIMEOUT_SECONDS = 5;

    public static void main(String... args) {
        String profile = System.getProperty("quarkus.profile", System.getenv().getOrDefault("QUARKUS_PROFILE", "prod"));
        if (runsFromPackagedJar() && profile.equals("prod")) {
            List<String> missing = REQUIRED_IN_PRODUCTION.stream().filter(variable -> setting(variable) == null).toList();
            if (!missing.isEmpty()) {
                refuse("Cannot start: set the environment variable(s) " + String.join(", ", missing)
                        + " (see README.md, Configuration).");
            }
            PUBLIC_URLS.stream().filter(variable -> !SiteUrls.isAbsoluteHttpUrl(setting(variable))).findFirst().ifPresent(variable ->
                    refuse("Cannot start: " + variable + " must be an absolute http(s) URL, such as https://example.com (see README.md, Configuration)."));
            checkDatabase(setting("BLOG_DB_URL"), setting("BLOG_DB_USER"), setting("BLOG_DB_PASSWORD"));
        }
        Quarkus.run(args);
    }

    private static void checkDatabase(String url, String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            connection.isValid(CONNECT_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            refuse("Cannot start: PostgreSQL at " + LoggedUrls.redact(url) + " as user '" + user + "' is not reachable (" + e.getMessage()
                    + "). Start it, or set BLOG_DB_URL, BLOG_DB_USER and BLOG_DB_PASSWORD to a database that is.");
        }
    }

    private static void refuse(String message) {
        System.err.println(message);
        System.exit(2);
    }

    /** Dev mode runs this same method, from target/classes rather than a jar. */
    private static boolean runsFromPackagedJar() {
        return Main.class.getProtectionDomain().getCodeSource().getLocation().getPath().endsWith(".jar");
    }

    /** An environment variable, or a system property of that name; the password may be empty. */
    private static String setting(String name) {
        String value = System.getenv(name) != null ? System.getenv(name) : System.getProperty(name);
        return value == null || (value.isBlank() && !name.equals("BLOG_DB_PASSWORD")) ? null : value;
    }
}
