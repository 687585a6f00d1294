package blog.changes;

import static blog.TestData.MERGE_PATCH;
import static blog.TestData.asAdmin;
import static blog.TestData.assertProblem;
import static blog.TestData.createId;
import static blog.TestData.mergePatch;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The changes feed: what became public, changed or left, in commit order, and nothing about drafts. */
@QuarkusTest
class ChangesFeedTest {

    @Test
    void shouldListEveryPublicTransitionOfAPostAndNothingOfItsDraftLife() {
        FeedReader feed = FeedReader.atHead();
        String title = unique("Secret draft");
        String id = createId(post(title));
        mergePatch("/api/v1/posts/" + id, Map.of("markdown", "Still a draft.", "slug", unique("secret-slug"))).then().statusCode(200);
        assertThat(feed.readAll()).noneMatch(change -> change.resourceId().equals(id));

        mergePatch("/api/v1/posts/" + id, Map.of("status", "published", "slug", "now-public-" + id)).then().statusCode(200);
        mergePatch("/api/v1/posts/" + id, Map.of("title", title + " (revised)")).then().statusCode(200);
        mergePatch("/api/v1/posts/" + id, Map.of("title", title + " (revised)")).then().statusCode(200);
        mergePatch("/api/v1/posts/" + id, Map.of("status", "draft")).then().statusCode(200);
        mergePatch("/api/v1/posts/" + id, Map.of("title", "Edited while a draft")).then().statusCode(200);
        mergePatch("/api/v1/posts/" + id, Map.of("status", "published")).then().statusCode(200);
        asAdmin().delete("/api/v1/posts/" + id).then().statusCode(204);

        List<FeedReader.Change> changes = feed.readAll().stream().filter(change -> change.resourceId().equals(id)).toList();
        assertThat(changes).extracting(FeedReader.Change::type)
                .containsExactly("post.published", "post.updated", "post.unpublished", "post.published", "post.deleted");
        assertThat(changes).extracting(FeedReader.Change::change).containsExactly("upsert", "upsert", "delete", "upsert", "delete");
        assertThat(changes).extracting(FeedReader.Change::slug).containsOnly("now-public-" + id);
        assertThat(changes).extracting(FeedReader.Change::id).doesNotHaveDuplicates();
    }

    @Test
    void shouldNotListAPostDeletedBeforeItWasEverPublic() {
        FeedReader feed = FeedReader.atHead();
        String draft = createId(post(unique("Never public")));
        String scheduled = createId(post(unique("Not yet"), "status", "scheduled", "publishedAt", "2999-01-01T00:00:00Z"));
        asAdmin().delete("/api/v1/posts/" + draft).then().statusCode(204);
        asAdmin().delete("/api/v1/posts/" + scheduled).then().statusCode(204);

        assertThat(feed.readAll()).noneMatch(change -> change.resourceId().equals(draft) || change.resourceId().equals(scheduled));
    }

    @Test
    void shouldListTagChangesButNotWritesThatChangeNothing() {
        FeedReader feed = FeedReader.atHead();
        String name = unique("Feed tag");
        String id = asAdmin().contentType(ContentType.JSON).body(Map.of("name", name)).post("/api/v1/tags")
                .then().statusCode(201).extract().path("id");
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", name)).put("/api/v1/tags/" + id).then().statusCode(200);
        mergePatch("/api/v1/tags/" + id, Map.of("description", "Now described")).then().statusCode(200);
        asAdmin().delete("/api/v1/tags/" + id).then().statusCode(204);

        assertThat(feed.readAll().stream().filter(change -> change.resourceId().equals(id)))
                .extracting(FeedReader.Change::type).containsExactly("tag.created", "tag.updated", "tag.deleted");
    }

    @Test
    void shouldListATagThatAPostWriteCreated() {
        FeedReader feed = FeedReader.atHead();
        String tag = unique("brandnew");
        createId(post(unique("Tagged"), "tags", List.of(tag)));

        assertThat(feed.readAll()).anyMatch(change -> change.type().equals("tag.created") && change.slug().equals(tag));
    }

    @Test
    void shouldListAuthorChangesButNotPrivateOnes() {
        FeedReader feed = FeedReader.atHead();
        String id = asAdmin().contentType(ContentType.JSON).body(Map.of("name", unique("Feed Writer"))).post("/api/v1/authors")
                .then().statusCode(201).extract().path("id");
        mergePatch("/api/v1/authors/" + id, Map.of("email", unique("private") + "@example.com")).then().statusCode(200);
        mergePatch("/api/v1/authors/" + id, Map.of("bio", "Writes about feeds.")).then().statusCode(200);
        asAdmin().delete("/api/v1/authors/" + id).then().statusCode(204);

        assertThat(feed.readAll().stream().filter(change -> change.resourceId().equals(id)))
                .extracting(FeedReader.Change::type).containsExactly("author.created", "author.updated", "author.deleted");
    }

    @Test
    void shouldHoldALongPollUntilAChangeCommits() {
        FeedReader feed = FeedReader.atHead();
        CompletableFuture<List<FeedReader.Change>> waiting = CompletableFuture.supplyAsync(() -> feed.next(100, 20));
        String id = asAdmin().contentType(ContentType.JSON).body(Map.of("name", unique("Awaited"))).post("/api/v1/tags")
                .then().statusCode(201).extract().path("id");

        assertThat(waiting.join()).extracting(FeedReader.Change::resourceId).contains(id);
    }

    @Test
    void shouldNeverBeCached() {
        given().when().get("/api/v1/changes?limit=1").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("nextCursor", org.hamcrest.Matchers.notNullValue());
    }

    @ParameterizedTest
    @CsvSource({"since, not-a-cursor", "since, c2VxOi0x", "limit, 0", "limit, 1001", "limit, many", "wait, 31", "wait, -1"})
    void shouldRefuseBadParameters(String parameter, String value) {
        assertProblem(given().queryParam(parameter, value).when().get("/api/v1/changes").then(), 400);
    }

    @Test
    void shouldNotBeWritable() {
        asAdmin().contentType(MERGE_PATCH).body("{}").patch("/api/v1/changes").then().statusCode(405);
    }
}
