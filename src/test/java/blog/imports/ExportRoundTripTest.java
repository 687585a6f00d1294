package blog.imports;

import static blog.TestData.asAdmin;
import static blog.TestData.mergePatch;
import static blog.imports.ImportFiles.counts;
import static blog.imports.ImportFiles.importAndWait;
import static blog.imports.ImportFiles.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Export → import into an empty instance → export gives the same document. */
@QuarkusTest
@TestProfile(ExportRoundTripTest.OwnSchema.class)
class ExportRoundTripTest {

    /** A schema of its own, so that the test can empty it. */
    public static class OwnSchema implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("blog.db.schema", "blog_round_trip");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    private static String export() {
        return asAdmin().get("/api/v1/export").then().statusCode(200).contentType("application/json")
                .header("Cache-Control", "private, no-store").extract().asString();
    }

    @Test
    void shouldGiveBackTheSameDocumentAfterAnExportIsImportedIntoAnEmptyInstance() throws SQLException {
        importAndWait(resource("wordpress.xml"), "application/xml", false);
        importAndWait(resource("ghost.json"), "application/json", false);
        String id = asAdmin().get("/api/v1/posts/slug/hello-world").then().statusCode(200).extract().path("id");
        mergePatch("/api/v1/posts/" + id, Map.of("slug", "hello-again")).then().statusCode(200);
        mergePatch("/api/v1/tags/" + asAdmin().get("/api/v1/tags/slug/news").then().extract().path("id"), Map.of("slug", "updates"))
                .then().statusCode(200);
        String first = export();
        JsonPath document = new JsonPath(first);
        assertThat(document.getString("format")).isEqualTo("blog-content-api-export");
        assertThat(document.getList("posts")).hasSize(10);
        assertThat(document.getList("posts.status", String.class)).contains("draft", "scheduled", "published");
        assertThat(document.getList("posts.find { it.slug == 'hello-again' }.oldSlugs", String.class)).containsExactly("hello-world");
        assertThat(document.getList("authors.email", String.class)).contains("alice@old.example", "grace@ghost.example");

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("truncate table posts, tags, authors, imports, imported_sources, changes cascade");
        }
        assertThat(export()).doesNotContain("hello-again");

        JsonPath report = importAndWait(first.getBytes(StandardCharsets.UTF_8), "application/json", false);
        assertThat(report.getString("format")).isEqualTo("blog");
        assertThat(counts(report, "post")).isEqualTo("read=10 pending=0 created=10 existing=0 skipped=0 failed=0");
        assertThat(report.getList("failures")).isEmpty();

        assertThat(export()).isEqualTo(first);
        asAdmin().redirects().follow(false).get("/api/v1/posts/slug/hello-world").then().statusCode(301)
                .header("Location", endsWith("/api/v1/posts/slug/hello-again"));
        JsonPath again = importAndWait(first.getBytes(StandardCharsets.UTF_8), "application/json", false);
        assertThat(counts(again, "post")).isEqualTo("read=10 pending=0 created=0 existing=10 skipped=0 failed=0");
    }
}
