package blog.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When any origin may read (the default), every origin gets the same answer: "*" and no Vary: Origin. */
@QuarkusTest
@TestProfile(AnyOriginCorsTest.AnyOrigin.class)
class AnyOriginCorsTest {

    public static class AnyOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", "*");
        }
    }

    @Test
    void shouldAnswerTheSameToEveryOrigin() {
        for (String origin : new String[] {"https://one.example", "https://two.example"}) {
            Response response = given().header("Origin", origin).when().get("/api/v1/tags");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(response.headers().getValues("Vary")).doesNotContain("Origin");
        }
        Response withoutOrigin = given().when().get("/api/v1/tags");
        assertThat(withoutOrigin.header("Access-Control-Allow-Origin")).as("a copy a CDN stores serves every origin").isEqualTo("*");
        assertThat(withoutOrigin.header("Access-Control-Expose-Headers")).contains("ETag");
        Response preflight = given().header("Origin", "https://one.example").header("Access-Control-Request-Method", "DELETE")
                .header("Access-Control-Request-Headers", "authorization").when().options("/api/v1/posts");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("Authorization");
    }
}
