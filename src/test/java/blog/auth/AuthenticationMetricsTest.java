package blog.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import blog.Scrape;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthenticationMetricsTest {

    @Test
    void shouldCountEachFailedAuthenticationByReason() {
        Scrape before = Scrape.now();
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(Map.of("name", "x")).post("/api/v1/tags").then().statusCode(401);
        }
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer not-a-token-" + i).get("/api/v1/posts").then().statusCode(401);
        }
        given().get("/api/v1/posts").then().statusCode(200);
        Scrape after = Scrape.now();
        assertThat(after.since(before, "blog_auth_failures_total{reason=\"missing\"}")).isEqualTo(2);
        assertThat(after.since(before, "blog_auth_failures_total{reason=\"invalid\"}")).isEqualTo(3);
        assertThat(after.since(before, "blog_auth_rate_limited_total")).isZero();
    }
}
