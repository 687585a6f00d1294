package blog.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** openapi.yaml at the repository root is the published contract: it must be what the server serves. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path CONTRACT = Path.of("openapi.yaml");
    private static final Path SERVED_COPY = Path.of("target", "openapi-served.yaml");

    @Test
    void shouldServeExactlyTheCommittedContract() throws IOException {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        Files.createDirectories(SERVED_COPY.getParent());
        Files.writeString(SERVED_COPY, served);
        assertThat(Files.readString(CONTRACT))
                .as("openapi.yaml differs from /q/openapi; if the change is intended, copy %s to openapi.yaml", SERVED_COPY)
                .isEqualTo(served);
    }

    @Test
    void shouldDescribeEveryOperationAndErrorResponse() {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi").then().extract().asString();
        assertThat(served).contains("summary: Create a post", "application/problem+json", "bearerAuth",
                "Problem404", "Problem412");
    }
}
