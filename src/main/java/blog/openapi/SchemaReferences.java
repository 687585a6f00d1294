package blog.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Leaves references only where code generators make something of them: a named scalar such as
 * UUID or Instant is written out in place ({@code type: string, format: uuid}), and a reference to
 * an object or enum carries no {@code type} of its own beside the {@code $ref}.
 */
final class SchemaReferences {

    private static final String PREFIX = "#/components/schemas/";

    private SchemaReferences() {
    }

    static void tidy(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<String> scalars = components.entrySet().stream()
                .filter(entry -> isScalar(entry.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Consumer<Schema> tidy = schema -> visit(schema, components, scalars);
        components.values().forEach(tidy);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> visit(parameter.getSchema(), components, scalars));
            }
            if (operation.getRequestBody() != null) {
                visit(operation.getRequestBody().getContent(), components, scalars);
            }
            operation.getResponses().getAPIResponses().values().forEach(response -> visit(response.getContent(), components, scalars));
        }));
        scalars.forEach(openAPI.getComponents()::removeSchema);
    }

    private static boolean isScalar(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        return schema.getRef() == null && schema.getProperties() == null && schema.getEnumeration() == null
                && types != null && types.size() == 1
                && types.get(0) != Schema.SchemaType.OBJECT && types.get(0) != Schema.SchemaType.ARRAY;
    }

    private static void visit(Content content, Map<String, Schema> components, Set<String> scalars) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> visit(media.getSchema(), components, scalars));
        }
    }

    private static void visit(Schema schema, Map<String, Schema> components, Set<String> scalars) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(PREFIX.length());
            if (scalars.contains(name)) {
                inline(schema, components.get(name));
            } else {
                schema.setType(null);
            }
        }
        List<Schema> children = new ArrayList<>();
        if (schema.getProperties() != null) {
            children.addAll(schema.getProperties().values());
        }
        children.add(schema.getItems());
        children.add(schema.getAdditionalPropertiesSchema());
        for (List<Schema> composed : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (composed != null) {
                children.addAll(composed);
            }
        }
        children.forEach(child -> visit(child, components, scalars));
    }

    /** The named scalar's keywords, then those written beside the reference (a nullable type, a description). */
    private static void inline(Schema reference, Schema scalar) {
        Map<String, Object> merged = new LinkedHashMap<>(scalar.getAll());
        reference.getAll().forEach((keyword, value) -> {
            if (!keyword.equals("$ref")) {
                merged.put(keyword, value);
            }
        });
        reference.setAll(merged);
    }
}
