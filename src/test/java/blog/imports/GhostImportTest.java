package blog.imports;

import static blog.TestData.asAdmin;
import static blog.imports.ImportFiles.counts;
import static blog.imports.ImportFiles.importAndWait;
import static blog.imports.ImportFiles.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** A Ghost 5 export (written by hand from Ghost's exporter) imported and read back through the API. */
@QuarkusTest
class GhostImportTest {

    private static JsonPath postBySlug(String slug) {
        return asAdmin().get("/api/v1/posts/slug/" + slug).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldImportPostsInTheirTagAndAuthorOrderWithBodiesFromHtmlLexicalAndMobiledoc() {
        JsonPath report = importAndWait(resource("ghost.json"), "application/json", false);

        assertThat(report.getString("format")).isEqualTo("ghost");
        assertThat(counts(report, "post")).isEqualTo("read=4 pending=0 created=4 existing=0 skipped=0 failed=0");
        assertThat(counts(report, "page")).contains("skipped=1");
        assertThat(counts(report, "tag")).contains("read=4", "skipped=1", "failed=0");
        assertThat(report.getList("failures")).isEmpty();

        JsonPath welcome = postBySlug("welcome");
        assertThat(welcome.getString("title")).isEqualTo("Welcome to Ghost <&> 🎉");
        assertThat(welcome.getString("status")).isEqualTo("published");
        assertThat(welcome.getString("publishedAt")).isEqualTo("2024-03-01T09:00:00Z");
        assertThat(welcome.getList("tags.name", String.class)).containsExactly("Getting Started", "News");
        assertThat(welcome.getList("authors.slug", String.class)).containsExactly("grace", "ada");
        assertThat(welcome.getBoolean("featured")).isTrue();
        assertThat(welcome.getString("featureImage")).isEqualTo("https://ghost.example/content/images/cover.png");
        assertThat(welcome.getString("excerpt")).isEqualTo("Custom excerpt here");
        assertThat(welcome.getString("metaTitle")).isEqualTo("Meta title");
        assertThat(welcome.getString("metaDescription")).isEqualTo("Meta description");
        assertThat(welcome.getString("markdown")).doesNotContain("<body").contains("a < b && c").containsPattern("(?m)^## ").containsPattern("(?m)^> ")
                .containsPattern("!\\[[^]]*]\\(https://");

        JsonPath lexical = postBySlug("lexical-only");
        assertThat(lexical.getString("status")).isEqualTo("draft");
        assertThat(lexical.getString("markdown")).contains("**", "](https://example.com/docs)", "x < y")
                .containsPattern("(?m)^## ").containsPattern("(?m)^[-*+] ").containsPattern("(?m)^> ");

        JsonPath scheduled = postBySlug("scheduled-for-later");
        assertThat(scheduled.getString("status")).isEqualTo("scheduled");
        assertThat(scheduled.getString("publishedAt")).isEqualTo("2031-05-01T10:00:00Z");
        assertThat(scheduled.getList("tags.name", String.class)).containsExactly("日本語");

        JsonPath mobiledoc = postBySlug("mobiledoc-post");
        assertThat(mobiledoc.getString("markdown")).contains("## From markdown").containsPattern("[*_]text[*_]");
        assertThat(mobiledoc.getString("publishedAt")).isEqualTo("2021-06-15T12:00:00Z");

        JsonPath grace = asAdmin().get("/api/v1/authors/slug/grace").then().statusCode(200).extract().jsonPath();
        assertThat(grace.getString("email")).isEqualTo("grace@ghost.example");
        assertThat(grace.getString("website")).isEqualTo("https://grace.example");
        asAdmin().get("/api/v1/tags/slug/hash-hidden").then().statusCode(404);
        asAdmin().get("/api/v1/posts/slug/about-us").then().statusCode(404);

        JsonPath again = importAndWait(resource("ghost.json"), "application/json", false);
        assertThat(counts(again, "post")).isEqualTo("read=4 pending=0 created=0 existing=4 skipped=0 failed=0");
    }
}
