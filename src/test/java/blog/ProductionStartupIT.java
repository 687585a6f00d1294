package blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged server in production refuses to start, with one line, when a required setting is missing. */
class ProductionStartupIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    @Test
    void shouldRefuseToStartWithoutTheTokenHashKey() throws Exception {
        Started server = start(Map.of("BLOG_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres", "BLOG_DB_USER", "postgres",
                "BLOG_DB_PASSWORD", "", "BLOG_ADMIN_TOKEN", "admin-token", "BLOG_SITE_URL", "https://blog.example",
                "BLOG_API_URL", "https://api.blog.example"));
        assertThat(server.exitCode()).isEqualTo(2);
        assertThat(server.output().strip())
                .isEqualTo("Cannot start: set the environment variable(s) BLOG_TOKEN_HASH_KEY (see README.md, Configuration).");
    }

    @Test
    void shouldRefuseToStartWithASiteUrlThatIsNotAbsolute() throws Exception {
        Started server = start(Map.of("BLOG_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres", "BLOG_DB_USER", "postgres",
                "BLOG_DB_PASSWORD", "", "BLOG_ADMIN_TOKEN", "admin-token", "BLOG_TOKEN_HASH_KEY", "key",
                "BLOG_SITE_URL", "blog.example", "BLOG_API_URL", "https://api.blog.example"));
        assertThat(server.exitCode()).isEqualTo(2);
        assertThat(server.output().strip()).isEqualTo("Cannot start: BLOG_SITE_URL must be an absolute http(s) URL, "
                + "such as https://example.com (see README.md, Configuration).");
    }

    @Test
    void shouldNameEveryMissingSetting() throws Exception {
        Started server = start(Map.of());
        assertThat(server.exitCode()).isEqualTo(2);
        assertThat(server.output().strip()).isEqualTo("Cannot start: set the environment variable(s) BLOG_DB_URL, BLOG_DB_USER, "
                + "BLOG_DB_PASSWORD, BLOG_ADMIN_TOKEN, BLOG_TOKEN_HASH_KEY, BLOG_SITE_URL, BLOG_API_URL (see README.md, Configuration).");
    }

    private static Started start(Map<String, String> settings) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("BLOG_") || name.startsWith("QUARKUS_"));
        builder.environment().putAll(settings);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the server exits").isTrue();
        return new Started(process.exitValue(), output);
    }

    private record Started(int exitCode, String output) {
    }
}
