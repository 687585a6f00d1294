package blog.devdatabase;

import blog.logging.LoggedUrls;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Finds a PostgreSQL for dev mode and the tests, in this order: the user's own settings, a local
 * PostgreSQL on 127.0.0.1:5432 with the stock postgres superuser, Quarkus Dev Services when a
 * container runtime answers, else an embedded PostgreSQL whose data lives under target/.
 * BLOG_DEV_DATABASE (local, container or embedded) goes straight to one of the last three.
 */
final class DatabaseFinder {

    static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    static final String CHOICE = "BLOG_DEV_DATABASE";

    private final Function<String, String> settings;
    private final Supplier<Boolean> localAccepts;
    private final Supplier<String> containerRuntime;
    private final Function<Path, DevDatabase> embedded;

    /**
     * @param settings         environment variables and system properties by name
     * @param localAccepts     whether the local PostgreSQL accepts the postgres superuser
     * @param containerRuntime where a Docker or Podman engine answers, or null
     * @param embedded         starts (or finds running) the embedded PostgreSQL with this data directory
     */
    DatabaseFinder(Function<String, String> settings, Supplier<Boolean> localAccepts, Supplier<String> containerRuntime,
            Function<Path, DevDatabase> embedded) {
        this.settings = settings;
        this.localAccepts = localAccepts;
        this.containerRuntime = containerRuntime;
        this.embedded = embedded;
    }

    /** @param configuredUrl the datasource URL that the user's configuration sets, or null */
    DevDatabase find(String profile, String configuredUrl) {
        if (configuredUrl != null) {
            return DevDatabase.yourSettings("your datasource settings (" + LoggedUrls.redact(configuredUrl) + ")");
        }
        String url = settings.apply("BLOG_DB_URL");
        if (url != null) {
            return DevDatabase.at(url, settingOr("BLOG_DB_USER", "postgres"), settingOr("BLOG_DB_PASSWORD", ""),
                    "your settings: BLOG_DB_URL=" + LoggedUrls.redact(url));
        }
        String choice = settingOr(CHOICE, "auto");
        if (!java.util.Set.of("auto", "local", "container", "embedded").contains(choice)) {
            throw new IllegalArgumentException(CHOICE + " must be auto, local, container or embedded, not '" + choice + "'");
        }
        if (choice.equals("local") || choice.equals("auto") && localAccepts.get()) {
            return DevDatabase.at(LOCAL_URL, "postgres", "postgres", "the local PostgreSQL on 127.0.0.1:5432 as postgres");
        }
        String runtime = choice.equals("embedded") ? null : containerRuntime.get();
        if (choice.equals("container") || runtime != null) {
            return DevDatabase.devServices("a PostgreSQL container started by Quarkus Dev Services"
                    + (runtime == null ? "" : " (container runtime at " + runtime + ")"));
        }
        return embedded.apply(Path.of("target", "embedded-postgres", profile));
    }

    private String settingOr(String name, String fallback) {
        String value = settings.apply(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
