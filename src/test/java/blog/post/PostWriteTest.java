package blog.post;

import static blog.TestData.MERGE_PATCH;
import static blog.TestData.asAdmin;
import static blog.TestData.create;
import static blog.TestData.createId;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostWriteTest {

    @Test
    void shouldCreatePostWithLocationETagAndDerivedFields() {
        String title = unique("Hello world");
        var response = asAdmin().contentType(ContentType.JSON)
                .body(post(title, "markdown", "# Heading\n\n" + "word ".repeat(600)))
                .when().post("/api/v1/posts")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/posts/[0-9a-f-]{36}"))
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]+\""))
                .body("title", equalTo(title))
                .body("status", equalTo("draft"))
                .body("publishedAt", nullValue())
                .body("readingTimeMinutes", equalTo(3))
                .body("excerpt", matchesPattern("^word( word){49}…$"))
                .body("html", containsString("<h1>Heading</h1>"))
                .body("featured", is(false))
                .body("createdAt", notNullValue())
                .extract();
        String id = response.path("id");
        org.assertj.core.api.Assertions.assertThat(response.<String>path("updatedAt")).isEqualTo(response.path("createdAt"));
        asAdmin().when().get(response.header("Location"))
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void shouldFoldAccentsIntoSlug() {
        String word = unique("x");
        create(post("Café Naïve! Straße " + word)).response().then().body("slug", equalTo("cafe-naive-strasse-" + word));
    }

    @Test
    void shouldDropApostrophesInsideWordsFromSlug() {
        String word = unique("x");
        create(post("It's your job, isn\u2019t it? Rock 'n' roll " + word)).response().then()
                .body("slug", equalTo("its-your-job-isnt-it-rock-n-roll-" + word));
        create(post("Cafe\u0301's menu, don\u02BCt panic " + word)).response().then()
                .body("slug", equalTo("cafes-menu-dont-panic-" + word));
    }

    @Test
    void shouldSuffixGeneratedSlugsThatAreTaken() {
        String title = unique("Same title");
        String base = create(post(title)).path("slug");
        create(post(title)).response().then().body("slug", equalTo(base + "-2"));
        create(post(title)).response().then().body("slug", equalTo(base + "-3"));
    }

    @Test
    void shouldKeepCountingPastManyTakenSlugs() {
        String title = unique("Popular title");
        String base = create(post(title)).path("slug");
        for (int n = 2; n <= 40; n++) {
            create(post(title)).response().then().body("slug", equalTo(base + "-" + n));
        }
    }

    @Test
    void shouldCutALongSlugToMakeRoomForItsSuffix() {
        String title = unique("Long") + " words".repeat(45);
        String base = create(post(title)).path("slug");
        String second = create(post(title)).path("slug");
        org.assertj.core.api.Assertions.assertThat(base).hasSizeGreaterThan(198);
        org.assertj.core.api.Assertions.assertThat(second).hasSizeLessThanOrEqualTo(200).endsWith("-2")
                .startsWith(base.substring(0, 190));
    }

    @Test
    void shouldSkipOnlyTheSlugsThatAreTaken() {
        String title = unique("Gap title");
        String base = create(post(title)).path("slug");
        create(post("Elsewhere", "slug", base + "-3"));
        create(post(title)).response().then().body("slug", equalTo(base + "-2"));
        create(post(title)).response().then().body("slug", equalTo(base + "-4"));
    }

    @Test
    void shouldGiveNonLatinTitlesAFallbackSlug() {
        create(post("Привет, мир")).response().then().body("slug", matchesPattern("^post(-[0-9]+)?$"));
    }

    @Test
    void shouldRejectTakenExplicitSlugWith409() {
        String slug = unique("taken");
        create(post("First", "slug", slug));
        asAdmin().contentType(ContentType.JSON)
                .body(post("Second", "slug", slug))
                .when().post("/api/v1/posts")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("type", equalTo("https://blog.example/problems/conflict"))
                .body("detail", containsString(slug));
    }

    @Test
    void shouldSanitiseRenderedHtml() {
        String markdown = """
                # Title

                <script>alert('x')</script>

                <img src="https://example.com/a.png" onerror="alert(1)">

                [click](javascript:alert(1)) <a href="javascript:alert(2)">raw</a>

                <iframe src="https://evil.example"></iframe>

                | a | b |
                |---|---|
                | 1 | ~~2~~ |

                ```java
                int x = 1 < 2 ? 1 : 2;
                ```
                """;
        String html = create(post(unique("Hostile"), "markdown", markdown)).path("html");
        org.assertj.core.api.Assertions.assertThat(html)
                .doesNotContain("<script", "onerror", "javascript:", "<iframe", "alert(1)")
                .contains("<h1>Title</h1>", "<img src=\"https://example.com/a.png\">", "<table>", "<del>2</del>",
                        "<code class=\"language-java\">int x = 1 &lt; 2 ? 1 : 2;\n</code>");
    }

    @Test
    void shouldKeepTagOrderAndCreateMissingTags() {
        String existing = unique("existing");
        String existingId = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", existing)).when().post("/api/v1/tags").then().statusCode(201).extract().path("id");
        String fresh = unique("Fresh Tag");
        create(post(unique("Tagged"), "tags", List.of(fresh, existing.toUpperCase(), existing)))
                .response().then()
                .body("tags.name", contains(fresh, existing))
                .body("tags[1].id", equalTo(existingId))
                .body("tags[0].slug", equalTo(fresh.toLowerCase().replace(' ', '-')));
    }

    @Test
    void shouldIgnoreReadOnlyFieldsOnPut() {
        Map<String, Object> original = create(post(unique("Round trip"), "tags", List.of(unique("rt")))).as(Map.class);
        Map<String, Object> edited = new java.util.HashMap<>(original);
        edited.put("title", "Edited " + original.get("title"));
        edited.put("html", "<p>ignored</p>");
        edited.put("createdAt", "2000-01-01T00:00:00Z");
        asAdmin().contentType(ContentType.JSON).body(edited)
                .when().put("/api/v1/posts/" + original.get("id"))
                .then().statusCode(200)
                .body("title", equalTo(edited.get("title")))
                .body("html", not(containsString("ignored")))
                .body("createdAt", equalTo(original.get("createdAt")))
                .body("slug", equalTo(original.get("slug")))
                .body("tags", equalTo(original.get("tags")));
    }

    @Test
    void shouldMergePatchFields() {
        String id = createId(post(unique("Patch me"), "metaTitle", "Meta", "featured", true));
        asAdmin().contentType(MERGE_PATCH)
                .body(Map.of("featured", false, "excerpt", "My own excerpt"))
                .when().patch("/api/v1/posts/" + id)
                .then().statusCode(200)
                .body("featured", is(false))
                .body("excerpt", equalTo("My own excerpt"))
                .body("metaTitle", equalTo("Meta"));
        asAdmin().contentType(MERGE_PATCH)
                .body("{\"metaTitle\": null, \"excerpt\": null}")
                .when().patch("/api/v1/posts/" + id)
                .then().statusCode(200)
                .body("metaTitle", nullValue())
                .body("excerpt", containsString("Some text about"));
    }

    @Test
    void shouldTakeNullAsDocumentedForEveryNullableMember() {
        String tag = unique("nullable");
        var created = asAdmin().contentType(ContentType.JSON)
                .body("{\"title\": \"" + unique("Nulls") + "\", \"markdown\": null, \"excerpt\": null, \"featured\": null,"
                        + " \"featureImage\": null, \"canonicalUrl\": null, \"tags\": null, \"authors\": null}")
                .when().post("/api/v1/posts")
                .then().statusCode(201).body("markdown", equalTo("")).body("featured", is(false)).body("tags", hasSize(0))
                .extract();
        String id = created.path("id");
        asAdmin().contentType(MERGE_PATCH)
                .body(Map.of("tags", List.of(tag), "featureImage", "https://images.example/a.jpg", "featureImageAlt", "A",
                        "metaTitle", "M", "metaDescription", "D", "authors", List.of(authorSlug())))
                .when().patch("/api/v1/posts/" + id).then().statusCode(200).body("tags", hasSize(1)).body("authors", hasSize(1));
        asAdmin().contentType(MERGE_PATCH)
                .body("{\"tags\": null, \"featureImage\": null, \"featureImageAlt\": null, \"metaTitle\": null,"
                        + " \"metaDescription\": null, \"authors\": null}")
                .when().patch("/api/v1/posts/" + id)
                .then().statusCode(200)
                .body("tags", hasSize(0))
                .body("featureImage", nullValue())
                .body("featureImageAlt", nullValue())
                .body("metaTitle", nullValue())
                .body("metaDescription", nullValue())
                .body("authors", hasSize(1));
    }

    private static String authorSlug() {
        return asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", unique("Nullable author"))).when().post("/api/v1/authors")
                .then().statusCode(201).extract().path("slug");
    }

    @Test
    void shouldRejectPatchWithJsonContentType() {
        String id = createId(post(unique("Patch type")));
        asAdmin().contentType(ContentType.JSON).body(Map.of("featured", true))
                .when().patch("/api/v1/posts/" + id)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void shouldDeletePostForReadersAtOnce() {
        String id = createId(post(unique("Delete me"), "status", "published"));
        given().when().get("/api/v1/posts/" + id).then().statusCode(200);
        asAdmin().when().delete("/api/v1/posts/" + id).then().statusCode(204);
        given().when().get("/api/v1/posts/" + id).then().statusCode(404).contentType("application/problem+json");
        asAdmin().when().delete("/api/v1/posts/" + id).then().statusCode(404);
    }

    @Test
    void shouldKeepAuthorsExcerptAndFollowBodyOtherwise() {
        var created = create(post(unique("Excerpts"), "markdown", "First body text."));
        Map<String, Object> document = created.as(Map.class);
        document.put("markdown", "Second body text.");
        asAdmin().contentType(ContentType.JSON).body(document)
                .when().put("/api/v1/posts/" + document.get("id"))
                .then().statusCode(200).body("excerpt", equalTo("Second body text."));
    }
}
