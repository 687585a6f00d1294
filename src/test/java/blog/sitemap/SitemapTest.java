package blog.sitemap;

import static blog.TestData.assertProblem;
import static blog.TestData.create;
import static blog.TestData.createId;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import blog.feed.Xml;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/** Sitemaps and the sitemap index, validated against the protocol's own XML schemas. */
@QuarkusTest
class SitemapTest {

    private static byte[] valid(String path, String schema) {
        byte[] body = given().get(path).then().statusCode(200).contentType("application/xml").extract().asByteArray();
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.newSchema(SitemapTest.class.getResource("/sitemaps/" + schema)).newValidator()
                    .validate(new StreamSource(new ByteArrayInputStream(body)));
        } catch (Exception e) {
            throw new AssertionError(path + " does not follow " + schema + ": " + e.getMessage(), e);
        }
        return body;
    }

    /** Every file the index lists, each valid, as the URLs they list with their lastmod. */
    private static List<String> listedUrls() {
        Xml index = Xml.parse(valid("/api/v1/sitemaps/index.xml", "siteindex.xsd"));
        return index.texts(index.document(), "/sm:sitemapindex/sm:sitemap/sm:loc").stream()
                .flatMap(location -> {
                    assertThat(location).startsWith("https://api.blog.example/api/v1/sitemaps/");
                    Xml file = Xml.parse(valid(location.substring("https://api.blog.example".length()), "sitemap.xsd"));
                    for (String lastModified : file.texts(file.document(), "/sm:urlset/sm:url/sm:lastmod")) {
                        OffsetDateTime.parse(lastModified);
                    }
                    return file.texts(file.document(), "/sm:urlset/sm:url/sm:loc").stream();
                }).toList();
    }

    /** A post whose canonical page is on another site is a copy: the site's sitemap leaves it out. */
    @Test
    void shouldListPublishedPostsTagsAndAuthorsAndNothingElse() {
        String tagName = unique("Mapped");
        var published = create(post(unique("Mapped post"), "status", "published", "tags", List.of(tagName)));
        String canonical = "https://blog.example/archive/" + unique("original") + "?from=old&to=new";
        createId(post(unique("Canonical"), "status", "published", "canonicalUrl", canonical));
        var copy = create(post(unique("Copy"), "status", "published", "canonicalUrl", "https://elsewhere.example/" + unique("original")));
        var draft = create(post(unique("Unmapped draft"), "tags", List.of(unique("Draft only"))));
        var scheduled = create(post(unique("Unmapped later"), "status", "scheduled", "publishedAt", "2099-01-01T00:00:00Z"));

        List<String> urls = listedUrls();

        assertThat(urls).contains("https://blog.example/" + published.path("slug"), canonical,
                "https://blog.example/tag/" + published.path("tags[0].slug"));
        assertThat(urls).noneMatch(url -> url.contains("elsewhere.example") || url.endsWith("/" + copy.path("slug")));
        assertThat(urls).doesNotContain("https://blog.example/" + draft.path("slug"), "https://blog.example/" + scheduled.path("slug"),
                "https://blog.example/tag/" + draft.path("tags[0].slug"));
        assertThat(urls).doesNotHaveDuplicates();
    }

    @Test
    void shouldDropADeletedPostFromItsSitemap() {
        var published = create(post(unique("Soon gone"), "status", "published"));
        assertThat(listedUrls()).contains("https://blog.example/" + published.path("slug"));

        blog.TestData.asAdmin().delete("/api/v1/posts/" + published.path("id")).then().statusCode(204);

        assertThat(listedUrls()).doesNotContain("https://blog.example/" + published.path("slug"));
    }

    @Test
    void shouldAnswer404ForFilesTheIndexDoesNotList() {
        Stream.of("posts-0.xml", "posts-01.xml", "posts-99999.xml", "posts-x.xml", "tags-999.xml", "authors-1000000.xml")
                .forEach(file -> assertProblem(given().get("/api/v1/sitemaps/" + file).then(), 404));
    }

    @Test
    void shouldAnswer304ToAnUnchangedIndex() {
        String etag = given().get("/api/v1/sitemaps/index.xml").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/sitemaps/index.xml").then().statusCode(304);
    }
}
