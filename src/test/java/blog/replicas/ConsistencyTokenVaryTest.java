package blog.replicas;

import static blog.TestData.create;
import static blog.TestData.mergePatch;
import static blog.TestData.published;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A public answer depends on the Consistency-Token a read presents (an older copy may answer a
 * read without it), so caches must keep them apart: the answer and a moved slug's 301 both vary on it.
 */
@QuarkusTest
class ConsistencyTokenVaryTest {

    @Test
    void publicAnswersAndSlugRedirectsVaryOnTheToken() {
        String slug = unique("vary");
        String id = create(published(slug, "2026-01-01T00:00:00Z")).path("id");
        mergePatch("/api/v1/posts/" + id, Map.of("slug", slug + "-moved")).then().statusCode(200);

        assertThat(given().when().get("/api/v1/posts/slug/" + slug + "-moved").then().statusCode(200)
                .extract().headers().getValues("Vary")).contains("Authorization", ReadRouting.HEADER);
        assertThat(given().redirects().follow(false).when().get("/api/v1/posts/slug/" + slug).then().statusCode(301)
                .extract().headers().getValues("Vary")).contains("Authorization", ReadRouting.HEADER);
    }
}
