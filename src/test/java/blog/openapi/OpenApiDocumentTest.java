package blog.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** openapi.yaml at the repository root is the published contract: what the server serves, and what generators read well. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path CONTRACT = Path.of("openapi.yaml");
    private static final Path SERVED_COPY = Path.of("target", "openapi-served.yaml");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void shouldServeExactlyTheCommittedContract() throws IOException {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200).contentType("application/yaml").extract().asString();
        Files.createDirectories(SERVED_COPY.getParent());
        Files.writeString(SERVED_COPY, served);
        assertThat(Files.readString(CONTRACT))
                .as("openapi.yaml differs from /q/openapi; if the change is intended, copy %s to openapi.yaml", SERVED_COPY)
                .isEqualTo(served);
        assertThat(given().when().get("/q/openapi.yaml").asString()).isEqualTo(served);
    }

    @Test
    void shouldServeTheSameYamlWhereverQuarkusServesYaml() throws IOException {
        String contract = Files.readString(CONTRACT);
        for (String path : List.of("/q/openapi", "/q/openapi.yaml", "/q/openapi.yml", "/q/openapi?format=YAML")) {
            assertThat(given().when().get(path).then().statusCode(200).contentType("application/yaml").extract().asString())
                    .as(path).isEqualTo(contract);
        }
        given().when().head("/q/openapi").then().statusCode(200).contentType("application/yaml");
        given().queryParam("format", "JSON").when().get("/q/openapi").then().statusCode(200).contentType("application/json");
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200).contentType("application/json");
        given().when().get("/q/openapi.json").then().statusCode(200).contentType("application/json");
    }

    @Test
    void shouldReadTheSameInYaml11ParsersAsInJson() throws IOException {
        Object json = new ObjectMapper().readValue(given().queryParam("format", "json").when().get("/q/openapi").asString(), Map.class);
        Object yaml = new Yaml().load(Files.readString(CONTRACT));
        assertThat(yaml).isEqualTo(json);
    }

    @Test
    void shouldNameEveryOperationOnce() {
        JsonNode document = document();
        Set<String> ids = new HashSet<>();
        operations(document).forEach(operation -> {
            assertThat(operation.path("operationId").asText()).matches("[a-z][A-Za-z]+");
            assertThat(ids.add(operation.path("operationId").asText())).as("unique operationId").isTrue();
            assertThat(operation.path("summary").asText()).isNotBlank();
            assertThat(operation.path("description").asText()).isNotBlank();
        });
        assertThat(ids).contains("listPosts", "getPostBySlug", "createPost", "replacePost", "updatePost", "deletePost", "revokeToken");
    }

    @Test
    void shouldTypeAndDescribeEveryParameter() {
        operations(document()).forEach(operation -> operation.path("parameters").forEach(parameter -> {
            assertThat(parameter.path("description").asText()).as(parameter.toString()).isNotBlank();
            assertThat(parameter.path("schema").has("type")).as(parameter.toString()).isTrue();
        }));
    }

    @Test
    void shouldPutNoTypeBesideAReference() {
        List<String> offenders = new ArrayList<>();
        collectTypesBesideReferences(document(), "#", offenders);
        assertThat(offenders).isEmpty();
    }

    @Test
    void shouldSayWhereToSendRequestsAndUnderWhichTerms() {
        JsonNode document = document();
        assertThat(document.path("servers").get(0).path("url").asText()).isEqualTo("{scheme}://{host}");
        assertThat(document.path("info").path("license").path("url").asText()).startsWith("https://");
        assertThat(document.path("info").path("contact").path("name").asText()).isNotBlank();
    }

    @Test
    void shouldMakeNullableExactlyTheMergePatchMembersThatNullResets() {
        JsonNode patch = document().path("components").path("schemas").path("PostRequestPatch").path("properties");
        List<String> nullable = new ArrayList<>();
        patch.fields().forEachRemaining(field -> {
            if (field.getValue().path("type").isArray()) {
                nullable.add(field.getKey());
            }
        });
        assertThat(nullable).containsExactlyInAnyOrder("markdown", "excerpt", "featured", "featureImage", "featureImageAlt",
                "metaTitle", "metaDescription", "canonicalUrl", "tags", "authors");
    }

    @Test
    void shouldDeclareTheHeadersThatResponsesCarry() {
        JsonNode document = document();
        JsonNode responses = document.path("paths").path("/api/v1/posts").path("post").path("responses");
        assertThat(responses.path("201").path("headers").fieldNames()).toIterable().contains("ETag", "Location");
        JsonNode list = document.path("paths").path("/api/v1/posts").path("get").path("responses").path("200");
        assertThat(list.path("headers").fieldNames()).toIterable().contains("ETag", "Link");
        JsonNode components = document.path("components").path("responses");
        assertThat(components.path("Problem503").path("headers").has("Retry-After")).isTrue();
        assertThat(components.path("Problem429").path("headers").has("Retry-After")).isTrue();
        assertThat(components.path("Problem401").path("headers").has("WWW-Authenticate")).isTrue();
    }

    private static JsonNode document() {
        try {
            return new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi").asString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> operations(JsonNode document) {
        List<JsonNode> operations = new ArrayList<>();
        document.path("paths").forEach(item -> item.fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey())) {
                operations.add(entry.getValue());
            }
        }));
        assertThat(operations).hasSizeGreaterThan(20);
        return operations;
    }

    private static void collectTypesBesideReferences(JsonNode node, String at, List<String> offenders) {
        if (node.isObject() && node.has("$ref") && node.has("type")) {
            offenders.add(at);
        }
        node.fields().forEachRemaining(field -> collectTypesBesideReferences(field.getValue(), at + "/" + field.getKey(), offenders));
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            collectTypesBesideReferences(node.get(i), at + "/" + i, offenders);
        }
    }
}
