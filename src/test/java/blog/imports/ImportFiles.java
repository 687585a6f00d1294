package blog.imports;

import static blog.TestData.asAdmin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

/** Sending import files and waiting for them, as a client would. */
final class ImportFiles {

    private ImportFiles() {
    }

    static byte[] resource(String name) {
        try (InputStream in = ImportFiles.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response send(byte[] file, String contentType, boolean dryRun) {
        return asAdmin().contentType(contentType).body(file).queryParam("dryRun", dryRun).post("/api/v1/imports");
    }

    /** Sends the file, expects 202 and waits until every item is applied; the finished import. */
    static JsonPath importAndWait(byte[] file, String contentType, boolean dryRun) {
        String location = send(file, contentType, dryRun).then().statusCode(202).header("Location", containsString("/api/v1/imports/"))
                .extract().header("Location");
        return awaitDone(location);
    }

    static JsonPath awaitDone(String location) {
        JsonPath[] done = new JsonPath[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            done[0] = asAdmin().get(location).then().statusCode(200).extract().jsonPath();
            return done[0].getString("status").equals("done");
        });
        return done[0];
    }

    /** The counts of one kind of item: read, pending, created, existing, skipped, failed. */
    static String counts(JsonPath report, String kind) {
        java.util.Map<String, Object> counts = report.getMap("kinds.find { it.kind == '" + kind + "' }.counts");
        if (counts == null) {
            return "none";
        }
        return java.util.stream.Stream.of("read", "pending", "created", "existing", "skipped", "failed")
                .map(name -> name + "=" + counts.get(name)).collect(java.util.stream.Collectors.joining(" "));
    }
}
