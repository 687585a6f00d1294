package blog.imports;

import static blog.TestData.asAdmin;
import static blog.imports.ImportFiles.counts;
import static blog.imports.ImportFiles.importAndWait;
import static blog.imports.ImportFiles.resource;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A WordPress export (WXR 1.2, written by hand from WordPress's exporter) imported and read back through the API. */
@QuarkusTest
class WordPressImportTest {

    private static final byte[] WXR = resource("wordpress.xml");

    private static JsonPath postBySlug(String slug) {
        return asAdmin().get("/api/v1/posts/slug/" + slug).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldReadAnOlderWxr11Export() {
        String slug = blog.TestData.unique("wxr-one-one");
        String file = """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.1/excerpt/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                     xmlns:wp="http://wordpress.org/export/1.1/">
                <channel><title>Older</title><wp:wxr_version>1.1</wp:wxr_version><wp:base_site_url>https://older.example</wp:base_site_url>
                <wp:tag><wp:term_id>9</wp:term_id><wp:tag_slug>tips-tricks</wp:tag_slug><wp:tag_name><![CDATA[Tips &amp; Tricks]]></wp:tag_name></wp:tag>
                <item><title>From 2012</title><dc:creator><![CDATA[old-admin]]></dc:creator>
                <content:encoded><![CDATA[First paragraph.

                Second, with a <a href="https://older.example/x">link</a>.]]></content:encoded>
                <excerpt:encoded><![CDATA[The excerpt.]]></excerpt:encoded>
                <wp:post_id>5</wp:post_id><wp:post_date_gmt>2012-03-04 05:06:07</wp:post_date_gmt><wp:post_name>%s</wp:post_name>
                <wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
                <category domain="post_tag" nicename="tips-tricks"><![CDATA[Tips &amp; Tricks]]></category></item>
                </channel></rss>""".formatted(slug);

        JsonPath report = importAndWait(file.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/xml", false);

        assertThat(counts(report, "post")).isEqualTo("read=1 pending=0 created=1 existing=0 skipped=0 failed=0");
        JsonPath post = postBySlug(slug);
        assertThat(post.getString("publishedAt")).isEqualTo("2012-03-04T05:06:07Z");
        assertThat(post.getString("excerpt")).isEqualTo("The excerpt.");
        assertThat(post.getList("tags.name", String.class)).containsExactly("Tips & Tricks");
        assertThat(post.getList("authors.slug", String.class)).containsExactly("old-admin");
        assertThat(post.getString("markdown")).isEqualTo("First paragraph.\n\nSecond, with a [link](https://older.example/x).");
    }

    @Test
    void shouldImportPostsTagsAndAuthorsWithNothingLostAndCreateNothingTheSecondTime() {
        JsonPath report = importAndWait(WXR, "application/xml", false);

        assertThat(report.getString("format")).isEqualTo("wordpress");
        assertThat(report.getString("source")).isEqualTo("wordpress https://old.example");
        assertThat(counts(report, "post")).isEqualTo("read=6 pending=0 created=6 existing=0 skipped=0 failed=0");
        assertThat(counts(report, "author")).isEqualTo("read=3 pending=0 created=3 existing=0 skipped=0 failed=0");
        assertThat(counts(report, "page")).isEqualTo("read=1 pending=0 created=0 existing=0 skipped=1 failed=0");
        assertThat(counts(report, "attachment")).contains("skipped=1");
        assertThat(counts(report, "nav_menu_item")).contains("skipped=1");
        assertThat(report.getList("failures")).isEmpty();
        assertThat(report.getList("skipped.reason", String.class)).contains("Pages are not imported.");

        JsonPath hello = postBySlug("hello-world");
        assertThat(hello.getString("title")).isEqualTo("Hello <World> & \"Friends\" 🎉");
        assertThat(hello.getString("status")).isEqualTo("published");
        assertThat(hello.getString("publishedAt")).isEqualTo("2024-05-31T08:30:00Z");
        assertThat(hello.getString("excerpt")).isEqualTo("A custom excerpt.");
        assertThat(hello.getList("tags.name", String.class)).containsExactly("News", "Java", "Tips");
        assertThat(hello.getList("authors.slug", String.class)).containsExactly("alice");
        assertThat(hello.getString("featureImage")).isEqualTo("https://old.example/wp-content/uploads/2024/05/cover.jpg");
        String markdown = hello.getString("markdown");
        assertThat(markdown).doesNotContain("<!-- wp:", "wp-block", "<body", "<html").startsWith("Welcome to the **new** blog.");
        assertThat(markdown).contains("## Section two", "![A photo](https://old.example/wp-content/uploads/2024/05/photo.jpg)\n\nCaption",
                "if (a < b && c > d) { return \"x\"; }", "| Language", "<sup>1</sup>");
        assertThat(markdown).containsPattern("(?m)^    if \\(a < b").containsPattern("(?m)^> ").containsPattern("(?m)^[-*+] ")
                .containsPattern("(?m)^1\\. ").containsPattern("\\*\\*[^*]+\\*\\*").containsPattern("\\[[^]]+]\\(https?://");
        assertThat(hello.getString("html")).contains("<table>", "<code>", "&lt; b &amp;&amp; c");

        JsonPath alice = asAdmin().get("/api/v1/authors/slug/alice").then().statusCode(200).extract().jsonPath();
        assertThat(alice.getString("name")).isEqualTo("Alice Liddell");
        assertThat(alice.getString("email")).isEqualTo("alice@old.example");
        asAdmin().get("/api/v1/authors/slug/carol").then().statusCode(200);

        JsonPath future = postBySlug("future-post");
        assertThat(future.getString("status")).isEqualTo("scheduled");
        assertThat(future.getString("publishedAt")).isEqualTo("2030-01-01T10:00:00Z");
        assertThat(postBySlug("private-notes").getString("status")).isEqualTo("draft");
        JsonPath draft = postBySlug("draft-idea");
        assertThat(draft.getString("status")).isEqualTo("draft");
        assertThat(draft.getList("authors.slug", String.class)).containsExactly("bob");
        given().get("/api/v1/posts/slug/draft-idea").then().statusCode(404);

        JsonPath classic = postBySlug("classic-editor-post");
        assertThat(classic.getString("markdown")).doesNotContain("<script", "alert(1)", "iframe", "javascript:")
                .containsPattern("(?m)^### ").containsPattern("(?m)^> ");
        assertThat(classic.getList("authors.slug", String.class)).containsExactly("carol");

        List<Map<String, Object>> russian = asAdmin().queryParam("q", "Привет").get("/api/v1/posts").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(russian).extracting(post -> post.get("title")).contains("Привет, мир");

        List<Map<String, Object>> redirects = given().get("/api/v1/redirects").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(redirects).contains(Map.of("type", "post", "from", "/?p=101", "to", "/hello-world", "status", 301),
                Map.of("type", "post", "from", "/2024/05/31/hello-world/", "to", "/hello-world", "status", 301));
        assertThat(redirects).extracting(redirect -> redirect.get("from")).doesNotContain("/?p=102", "/?p=103", "/?p=104");

        JsonPath again = importAndWait(WXR, "application/rss+xml", false);
        assertThat(again.getString("id")).isNotEqualTo(report.getString("id"));
        assertThat(counts(again, "post")).isEqualTo("read=6 pending=0 created=0 existing=6 skipped=0 failed=0");
        assertThat(counts(again, "tag")).contains("created=0");
        assertThat(counts(again, "author")).contains("created=0");
        assertThat(postBySlug("hello-world").getString("id")).isEqualTo(hello.getString("id"));
        asAdmin().get("/api/v1/posts/slug/hello-world-2").then().statusCode(404);
    }
}
