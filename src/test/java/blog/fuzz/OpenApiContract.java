package blog.fuzz;

import blog.fuzz.Exchange.Response;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request.Method;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The published contract, openapi.yaml at the project root: the operations the fuzzer must walk,
 * the request schemas it mutates, and a validator that judges every response against it.
 */
final class OpenApiContract {

    static final Path DOCUMENT = Path.of("openapi.yaml");
    private static final String SAMPLE_ID = "019abc12-3456-7def-8912-3456789abcde";
    private static OpenApiContract loaded;

    private final JsonNode document;
    private final List<Operation> operations = new ArrayList<>();
    private final OpenApiInteractionValidator validator;

    private OpenApiContract(JsonNode document) throws IOException {
        this.document = document;
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                method -> operations.add(operation(path.getKey(), method.getKey(), method.getValue()))));
        validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(new ObjectMapper().writeValueAsString(OpenApi30.of(document)))
                // Requests are invalid on purpose; only responses are judged.
                .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                .build();
    }

    static synchronized OpenApiContract load() {
        if (loaded == null) {
            try {
                loaded = new OpenApiContract(new YAMLMapper().readTree(Files.readString(DOCUMENT)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + DOCUMENT.toAbsolutePath(), e);
            }
        }
        return loaded;
    }

    List<Operation> operations() {
        return operations;
    }

    /** A schema with its $ref (if any) followed. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    JsonNode schema(String name) {
        return document.path("components").path("schemas").path(name);
    }

    /** Validator messages (errors only) for this response to this operation; empty when it matches the contract. */
    List<String> violations(Operation operation, Response response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.status());
        response.headers().forEach(builder::withHeader);
        if (response.body().length > 0) {
            builder.withBody(response.text());
        }
        String path = operation.path().replace("{id}", SAMPLE_ID).replace("{deliveryId}", SAMPLE_ID)
                .replace("{slug}", "sample-slug");
        ValidationReport report = validator.validateResponse(path, Method.valueOf(operation.method()),
                builder.build());
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getMessage())
                .toList();
    }

    private Operation operation(String path, String method, JsonNode spec) {
        Map<String, JsonNode> query = new LinkedHashMap<>();
        Set<String> headers = new LinkedHashSet<>();
        for (JsonNode parameter : spec.path("parameters")) {
            JsonNode resolved = resolve(parameter);
            if (resolved.path("in").asText().equals("query")) {
                query.put(resolved.path("name").asText(), resolve(resolved.path("schema")));
            } else if (resolved.path("in").asText().equals("header")) {
                headers.add(resolved.path("name").asText());
            }
        }
        String mediaType = null;
        String schema = null;
        JsonNode content = resolve(spec.path("requestBody")).path("content");
        if (content.size() > 0) {
            // JSON where an operation takes it among other types (an import also takes XML): the bodies here are JSON.
            mediaType = content.has("application/json") ? "application/json" : content.fieldNames().next();
            String ref = content.path(mediaType).path("schema").path("$ref").asText();
            schema = ref.substring(ref.lastIndexOf('/') + 1);
        }
        Set<String> statuses = new LinkedHashSet<>();
        spec.path("responses").fieldNames().forEachRemaining(statuses::add);
        Set<String> answers = new LinkedHashSet<>();
        spec.path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                resolve(response.getValue()).path("content").fieldNames().forEachRemaining(answers::add);
            }
        });
        return new Operation(method.toUpperCase(Locale.ROOT), path, mediaType, schema, query, headers, statuses, answers);
    }
}
