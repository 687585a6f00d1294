package blog.logging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The access log (on in the test profile) writes one line per request, without secrets in paths. */
@QuarkusTest
class AccessLogTest {

    @Test
    void shouldLogAPreviewRequestWithoutItsToken() throws Exception {
        String token = "prv_" + UUID.randomUUID().toString().replace("-", "") + "0123456789a";
        String id = given().when().get("/api/v1/previews/" + token).then().statusCode(404).extract().header("X-Request-Id");
        assertThat(TestLog.lineContaining("requestId=" + id + " ")).get().asString()
                .contains("GET /api/v1/previews/{token} 404");
        assertThat(TestLog.lines()).noneMatch(line -> line.contains(token));
    }

    @Test
    void shouldLogMethodPathStatusDurationAndBytesButNoHeaders() throws Exception {
        String id = given().header("Authorization", "Bearer not-a-real-token").queryParam("fields", "slug")
                .when().get("/api/v1/posts").then().statusCode(401).extract().header("X-Request-Id");
        assertThat(TestLog.lineContaining("requestId=" + id + " ")).get().asString()
                .matches(".* GET /api/v1/posts 401 \\d+ ms \\d+ bytes$");
        assertThat(TestLog.lines()).noneMatch(line -> line.contains("not-a-real-token"));
    }
}
