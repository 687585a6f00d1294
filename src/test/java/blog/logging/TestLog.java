package blog.logging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The suite's log file (quarkus.log.file.path in the test profile), read back by the tests. */
final class TestLog {

    static final Path FILE = Path.of("target", "quarkus-test.log");

    private TestLog() {
    }

    /** The first line that contains the text, waiting a little for the file handler to write it. */
    static Optional<String> lineContaining(String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            Optional<String> line = lines().stream().filter(candidate -> candidate.contains(text)).findFirst();
            if (line.isPresent() || System.nanoTime() > deadline) {
                return line;
            }
            Thread.sleep(50);
        }
    }

    static List<String> lines() throws IOException {
        return Files.exists(FILE) ? new String(Files.readAllBytes(FILE), StandardCharsets.UTF_8).lines().toList() : List.of();
    }
}
