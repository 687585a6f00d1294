package blog.http;

import static blog.TestData.asAdmin;
import static blog.TestData.createId;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Any Accept that admits what the document lists for an operation's responses gets the documented answer. */
@QuarkusTest
class ContentNegotiationTest {

    @Test
    void shouldDeleteWhenTheClientAcceptsOnlyProblemJson() {
        String id = createId(post(unique("Deleted by a generated client")));
        asAdmin().accept("application/problem+json")
                .when().delete("/api/v1/posts/" + id).then().statusCode(204);
        asAdmin().accept("application/problem+json")
                .when().delete("/api/v1/posts/" + id)
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void shouldServeJsonToEveryAcceptThatAdmitsJsonOrProblems() {
        String id = createId(post(unique("Negotiated"), "status", "published"));
        for (String accept : new String[] {"application/problem+json", "*/*", "application/*", "application/json, application/problem+json",
                "text/html;q=0.9, application/problem+json;q=0.1"}) {
            given().accept(accept).when().get("/api/v1/posts/" + id)
                    .then().statusCode(200).contentType(startsWith("application/json")).body("id", equalTo(id));
        }
        given().when().get("/api/v1/posts/" + id).then().statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    void shouldAnswer406ToAnAcceptThatAdmitsNeither() {
        String id = createId(post(unique("Not for browsers")));
        given().accept("text/html").when().get("/api/v1/posts").then().statusCode(406).contentType("application/problem+json");
        given().accept("application/problem+json;q=0, text/html").when().get("/api/v1/posts").then().statusCode(406);
        asAdmin().accept("text/html")
                .when().delete("/api/v1/posts/" + id).then().statusCode(406);
    }
}
