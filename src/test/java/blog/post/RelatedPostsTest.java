package blog.post;

import static blog.TestData.AUTHORIZATION;
import static blog.TestData.assertProblem;
import static blog.TestData.create;
import static blog.TestData.createId;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Related posts: the most shared tags first, then the most similar title, never a draft. */
@QuarkusTest
class RelatedPostsTest {

    private static List<String> related(String id, String query) {
        return given().get("/api/v1/posts/" + id + "/related" + query).then().statusCode(200)
                .extract().jsonPath().getList("items.id");
    }

    @Test
    void shouldRankBySharedTagsThenBySimilarTitle() {
        String a = unique("Alpha"), b = unique("Beta"), c = unique("Gamma");
        String source = createId(post("Tuning PostgreSQL indexes", "status", "published", "tags", List.of(a, b, c)));
        String sharesThree = createId(post(unique("Gardening"), "status", "published", "tags", List.of(c, b, a)));
        String sharesTwoSimilar = createId(post("PostgreSQL indexes explained", "status", "published", "tags", List.of(a, b)));
        String sharesTwoOther = createId(post(unique("Cooking"), "status", "published", "tags", List.of(b, c)));
        String sharesOne = createId(post(unique("Travel"), "status", "published", "tags", List.of(a)));
        createId(post(unique("Draft shares three"), "tags", List.of(a, b, c)));
        createId(post(unique("Unrelated"), "status", "published", "tags", List.of(unique("Other"))));

        assertThat(related(source, "")).containsExactly(sharesThree, sharesTwoSimilar, sharesTwoOther, sharesOne);
        assertThat(related(source, "?limit=2")).containsExactly(sharesThree, sharesTwoSimilar);
        given().get("/api/v1/posts/" + source + "/related").then().body("items[0].markdown", org.hamcrest.Matchers.nullValue())
                .body("items[0].tags.size()", org.hamcrest.Matchers.equalTo(3));
    }

    @Test
    void shouldHideADraftSourceFromTheAnonymousAndRefuseBadLimits() {
        String tag = unique("Draft tag");
        String draft = createId(post(unique("Draft source"), "tags", List.of(tag)));
        String published = createId(post(unique("Published neighbour"), "status", "published", "tags", List.of(tag)));

        assertProblem(given().get("/api/v1/posts/" + draft + "/related").then(), 404);
        assertThat(given().header("Authorization", AUTHORIZATION).get("/api/v1/posts/" + draft + "/related").then().statusCode(200)
                .extract().jsonPath().getList("items.id")).containsExactly(published);
        assertThat(related(published, "")).isEmpty();
        assertProblem(given().get("/api/v1/posts/" + published + "/related?limit=21").then(), 400);
        assertProblem(given().get("/api/v1/posts/" + published + "/related?limit=0").then(), 400);
        assertProblem(given().get("/api/v1/posts/00000000-0000-7000-8000-000000000000/related").then(), 404);
    }

    @Test
    void shouldAnswerAnEmptyListForAPostWithoutTags() {
        String id = create(post(unique("Lonely"), "status", "published")).path("id");
        assertThat(related(id, "")).isEmpty();
    }
}
