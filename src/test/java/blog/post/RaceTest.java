package blog.post;

import static blog.TestData.AUTHORIZATION;
import static blog.TestData.MERGE_PATCH;
import static blog.TestData.asAdmin;
import static blog.TestData.create;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Concurrent writers: the database, not a read-then-write check, decides every race. */
@QuarkusTest
class RaceTest {

    private static final int WRITERS = 12;

    private static List<Response> concurrently(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : pool.invokeAll(calls)) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Integer> statuses(List<Response> responses) {
        return responses.stream().map(Response::statusCode).toList();
    }

    @Test
    void shouldLetExactlyOnePatchWinWithTheSameIfMatch() throws Exception {
        var created = create(post(unique("Contested")));
        String url = "/api/v1/posts/" + created.path("id");
        String etag = created.header("ETag");
        List<Callable<Response>> patches = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String title = "Version " + i;
            patches.add(() -> asAdmin().header("If-Match", etag)
                    .contentType(MERGE_PATCH).body(Map.of("title", title)).patch(url));
        }
        List<Integer> statuses = statuses(concurrently(patches));
        assertThat(Collections.frequency(statuses, 200)).isEqualTo(1);
        assertThat(Collections.frequency(statuses, 412)).isEqualTo(WRITERS - 1);
    }

    @Test
    void shouldGiveConcurrentSameTitlePostsDistinctSlugs() throws Exception {
        String title = unique("Same title race");
        List<Callable<Response>> creates = Collections.nCopies(WRITERS, () -> given()
                .header("Authorization", AUTHORIZATION).contentType(ContentType.JSON).body(post(title)).post("/api/v1/posts"));
        List<Response> responses = concurrently(creates);
        assertThat(statuses(responses)).containsOnly(201);
        List<String> slugs = responses.stream().map(response -> response.<String>path("slug")).toList();
        assertThat(slugs).doesNotHaveDuplicates().hasSize(WRITERS);
    }

    @Test
    void shouldCreateANewTagOnceForConcurrentPosts() throws Exception {
        String tag = unique("Brand New Tag");
        List<Callable<Response>> creates = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            Map<String, Object> body = post(unique("Tagged"), "tags", List.of(tag), "status", "published");
            creates.add(() -> asAdmin().contentType(ContentType.JSON)
                    .body(body).post("/api/v1/posts"));
        }
        List<Response> responses = concurrently(creates);
        assertThat(statuses(responses)).containsOnly(201);
        assertThat(responses.stream().map(response -> response.<String>path("tags[0].id")).distinct()).hasSize(1);
        String slug = responses.get(0).path("tags[0].slug");
        given().when().get("/api/v1/tags/slug/" + slug).then().statusCode(200)
                .body("postCount", org.hamcrest.Matchers.equalTo(WRITERS));
    }

    @Test
    void shouldCreatePostsNamingTheSameNewTagsInAnyOrder() throws Exception {
        for (int round = 0; round < 3; round++) {
            List<String> tags = List.of(unique("Race A"), unique("Race B"), unique("Race C"), unique("Race D"));
            List<Callable<Response>> creates = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                List<String> order = new ArrayList<>(tags);
                Collections.rotate(order, i);
                if (i % 2 == 1) {
                    Collections.reverse(order);
                }
                Map<String, Object> body = post(unique("Tag order"), "tags", order, "status", "published");
                creates.add(() -> asAdmin().contentType(ContentType.JSON)
                        .body(body).post("/api/v1/posts"));
            }
            List<Response> responses = concurrently(creates);
            assertThat(statuses(responses)).containsOnly(201);
            for (String tag : tags) {
                String slug = responses.get(0).<List<Map<String, String>>>path("tags").stream()
                        .filter(summary -> summary.get("name").equals(tag)).findFirst().orElseThrow().get("slug");
                given().when().get("/api/v1/tags/slug/" + slug).then().statusCode(200)
                        .body("postCount", org.hamcrest.Matchers.equalTo(20));
            }
        }
    }

    @Test
    void shouldNeverOrphanOrFailWhenDeleteRacesUpdates() throws Exception {
        String tag = unique("orphan");
        String id = create(post(unique("Doomed"), "tags", List.of(tag))).path("id");
        String url = "/api/v1/posts/" + id;
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            int n = i;
            calls.add(n == WRITERS / 2
                    ? () -> asAdmin().delete(url)
                    : () -> asAdmin().contentType(MERGE_PATCH)
                            .body(Map.of("title", "Update " + n, "tags", List.of(tag, unique("extra")))).patch(url));
        }
        List<Integer> statuses = statuses(concurrently(calls));
        assertThat(statuses).allMatch(status -> status == 200 || status == 204 || status == 404);
        assertThat(Collections.frequency(statuses, 204)).isEqualTo(1);
        asAdmin().get(url).then().statusCode(404);
        asAdmin().queryParam("tag", tag)
                .queryParam("status", "draft,scheduled,published").get("/api/v1/posts")
                .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(0));
    }
}
