package blog.feed;

import static blog.TestData.asAdmin;
import static blog.TestData.assertProblem;
import static blog.TestData.create;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1, each read back by a parser other than the one that wrote
 * it (the JDK's DOM and XPath for XML, REST Assured's JsonPath for JSON), element by element.
 */
@QuarkusTest
class FeedTest {

    /** Markup, quotes, an ampersand, emoji, three scripts, and a control character XML cannot carry. */
    private static final String HOSTILE = "<b>Tom & \"Jerry's\"</b> <script>alert(1)</script> \uD83D\uDE80 日本語 Ελληνικά العربية\u0001";
    private static final String HOSTILE_IN_XML = HOSTILE.replace("\u0001", "");

    private record Fixture(String tag, String tagName, String author, String authorId, String authorName, String id, String slug) {
    }

    private static Fixture publishedHostilePost() {
        String tagName = unique("Feed Tag");
        String authorName = unique("Feed Writer");
        var createdAuthor = asAdmin().contentType(ContentType.JSON).body(Map.of("name", authorName))
                .post("/api/v1/authors").then().statusCode(201).extract();
        String author = createdAuthor.path("slug");
        Map<String, Object> body = post(HOSTILE, "status", "published", "tags", List.of(tagName), "authors", List.of(author),
                "markdown", "See [the about page](/about) and `a < b && c`.\n\nMore: 日本語, and [the next one](next-post).");
        var created = create(body);
        String tag = created.path("tags[0].slug");
        return new Fixture(tag, tagName, author, createdAuthor.path("id"), authorName, created.path("id"), created.path("slug"));
    }

    @Test
    void shouldServeAValidRssFeedOfATagThatAnIndependentParserReads() {
        Fixture fixture = publishedHostilePost();
        String draft = create(post(unique("Hidden draft"), "tags", List.of(fixture.tagName()))).path("id");
        String scheduled = create(post(unique("Hidden scheduled"), "status", "scheduled", "publishedAt", "2099-01-01T00:00:00Z",
                "tags", List.of(fixture.tagName()))).path("id");

        byte[] body = given().get("/api/v1/feeds/rss?tag=" + fixture.tag()).then().statusCode(200)
                .contentType("application/rss+xml").header("ETag", startsWith("\"")).header("Last-Modified", org.hamcrest.Matchers.notNullValue())
                .extract().asByteArray();
        Xml rss = Xml.parse(body);

        assertThat(rss.text("/rss/@version")).isEqualTo("2.0");
        assertThat(rss.text("/rss/channel/title")).isEqualTo("Blog: " + fixture.tagName());
        assertThat(rss.text("/rss/channel/link")).isEqualTo("https://blog.example/tag/" + fixture.tag());
        assertThat(rss.text("/rss/channel/description")).isNotBlank();
        assertThat(rss.text("/rss/channel/atom:link[@rel='self']/@href")).isEqualTo("https://api.blog.example/api/v1/feeds/rss?tag=" + fixture.tag());
        List<Node> items = rss.nodes("/rss/channel/item");
        assertThat(items).hasSize(1);
        Node item = items.get(0);
        assertThat(rss.text(item, "title")).isEqualTo(HOSTILE_IN_XML);
        assertThat(rss.text(item, "link")).isEqualTo("https://blog.example/" + fixture.slug());
        assertThat(rss.text(item, "guid")).isEqualTo("urn:uuid:" + fixture.id());
        assertThat(rss.text(item, "guid/@isPermaLink")).isEqualTo("false");
        ZonedDateTime.parse(rss.text(item, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
        assertThat(rss.texts(item, "category")).containsExactly(fixture.tagName());
        assertThat(rss.texts(item, "dc:creator")).containsExactly(fixture.authorName());
        assertThat(rss.text(item, "description")).contains("a < b && c");
        assertThat(rss.text(item, "content:encoded")).contains("href=\"https://blog.example/about\"").contains("&lt;").contains("日本語")
                .contains("href=\"https://blog.example/next-post\"");
        assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(draft).doesNotContain(scheduled);
    }

    @Test
    void shouldServeAValidAtomFeedOfAnAuthor() {
        Fixture fixture = publishedHostilePost();

        byte[] body = given().get("/api/v1/feeds/atom?author=" + fixture.author()).then().statusCode(200)
                .contentType("application/atom+xml").extract().asByteArray();
        Xml atom = Xml.parse(body);

        assertThat(atom.text("/atom:feed/atom:id")).isEqualTo("urn:uuid:" + fixture.authorId());
        assertThat(atom.text("/atom:feed/atom:title")).isEqualTo("Blog: " + fixture.authorName());
        OffsetDateTime.parse(atom.text("/atom:feed/atom:updated"));
        assertThat(atom.text("/atom:feed/atom:link[@rel='self']/@href")).endsWith("/api/v1/feeds/atom?author=" + fixture.author());
        assertThat(atom.text("/atom:feed/atom:link[@rel='alternate']/@href")).isEqualTo("https://blog.example/author/" + fixture.author());
        List<Node> entries = atom.nodes("/atom:feed/atom:entry");
        assertThat(entries).hasSize(1);
        Node entry = entries.get(0);
        assertThat(atom.text(entry, "atom:id")).isEqualTo("urn:uuid:" + fixture.id());
        assertThat(atom.text(entry, "atom:title")).isEqualTo(HOSTILE_IN_XML);
        assertThat(atom.text(entry, "atom:link[@rel='alternate']/@href")).isEqualTo("https://blog.example/" + fixture.slug());
        OffsetDateTime.parse(atom.text(entry, "atom:published"));
        OffsetDateTime.parse(atom.text(entry, "atom:updated"));
        assertThat(atom.text(entry, "atom:author/atom:name")).isEqualTo(fixture.authorName());
        assertThat(atom.texts(entry, "atom:category/@term")).containsExactly(fixture.tagName());
        assertThat(atom.text(entry, "atom:content/@type")).isEqualTo("html");
        assertThat(atom.text(entry, "atom:content")).contains("<a href=\"https://blog.example/about\">").contains("a &lt; b &amp;&amp; c");
        assertThat(atom.text(entry, "atom:summary")).contains("a < b && c");
    }

    @Test
    void shouldServeAJsonFeedWithEveryRequiredMember() {
        Fixture fixture = publishedHostilePost();

        String body = given().get("/api/v1/feeds/json?tag=" + fixture.tag()).then().statusCode(200)
                .contentType("application/feed+json").extract().asString();
        JsonPath feed = JsonPath.from(body);

        assertThat(feed.getString("version")).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.getString("title")).isEqualTo("Blog: " + fixture.tagName());
        assertThat(feed.getString("home_page_url")).isEqualTo("https://blog.example/tag/" + fixture.tag());
        assertThat(feed.getString("feed_url")).isEqualTo("https://api.blog.example/api/v1/feeds/json?tag=" + fixture.tag());
        assertThat(feed.getList("items")).hasSize(1);
        assertThat(feed.getString("items[0].id")).isEqualTo("urn:uuid:" + fixture.id());
        assertThat(feed.getString("items[0].title")).isEqualTo(HOSTILE);
        assertThat(feed.getString("items[0].url")).isEqualTo("https://blog.example/" + fixture.slug());
        assertThat(feed.getString("items[0].content_html")).contains("href=\"https://blog.example/about\"")
                .contains("href=\"https://blog.example/next-post\"");
        OffsetDateTime.parse(feed.getString("items[0].date_published"));
        OffsetDateTime.parse(feed.getString("items[0].date_modified"));
        assertThat(feed.getList("items[0].tags", String.class)).containsExactly(fixture.tagName());
        assertThat(feed.getString("items[0].authors[0].name")).isEqualTo(fixture.authorName());
        assertThat(feed.getString("items[0].authors[0].url")).isEqualTo("https://blog.example/author/" + fixture.author());
    }

    @Test
    void shouldPutTheNewestPostFirstInTheBlogFeedAndLinkItsCanonicalUrl() {
        String canonical = "https://elsewhere.example/original?a=1&b=2";
        String id = create(post(unique("Canonical"), "status", "published", "canonicalUrl", canonical)).path("id");

        Xml rss = Xml.parse(given().get("/api/v1/feeds/rss").then().statusCode(200).extract().asByteArray());

        assertThat(rss.text("/rss/channel/item[1]/guid")).isEqualTo("urn:uuid:" + id);
        assertThat(rss.text("/rss/channel/item[1]/link")).isEqualTo(canonical);
        assertThat(rss.nodes("/rss/channel/item").size()).isLessThanOrEqualTo(20);
    }

    @Test
    void shouldAnswer304ToAnUnchangedFeedAndANewETagOnceAPostIsPublished() {
        Fixture fixture = publishedHostilePost();
        String url = "/api/v1/feeds/atom?tag=" + fixture.tag();
        String etag = given().get(url).then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag).get(url).then().statusCode(304);
        create(post(unique("Second"), "status", "published", "tags", List.of(fixture.tagName())));

        String changed = given().header("If-None-Match", etag).get(url).then().statusCode(200).extract().header("ETag");
        assertThat(changed).isNotEqualTo(etag);
    }

    @Test
    void shouldRedirectTheFeedOfARenamedTagToItsCurrentSlug() {
        Fixture fixture = publishedHostilePost();
        String renamed = unique("renamed-tag");
        blog.TestData.mergePatch("/api/v1/tags/" + given().get("/api/v1/tags/slug/" + fixture.tag()).then().extract().path("id"),
                Map.of("slug", renamed)).then().statusCode(200);

        given().redirects().follow(false).get("/api/v1/feeds/json?tag=" + fixture.tag()).then().statusCode(301)
                .header("Location", "/api/v1/feeds/json?tag=" + renamed);
        assertThat(JsonPath.from(given().get("/api/v1/feeds/json?tag=" + fixture.tag()).then().statusCode(200).extract().asString())
                .getString("items[0].id")).isEqualTo("urn:uuid:" + fixture.id());
    }

    @Test
    void shouldAnswerProblemsForAnUnknownTagOrAMixedScope() {
        assertProblem(given().get("/api/v1/feeds/rss?tag=" + unique("missing")).then(), 404);
        assertProblem(given().get("/api/v1/feeds/json?tag=a&author=b").then(), 400).body("errors[0].field", equalTo("author"));
        assertProblem(given().get("/api/v1/feeds/atom?author=Not%20A%20Slug").then(), 400);
    }
}
