package blog.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

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
        everyOtherSchema(openAPI, tidy);
        scalars.forEach(openAPI.getComponents()::removeSchema);
    }

    /** The schemas of parameters, request and response bodies and headers, wherever they are declared. */
    private static void everyOtherSchema(OpenAPI openAPI, Consumer<Schema> tidy) {
        Components components = openAPI.getComponents();
        List<Parameter> parameters = new ArrayList<>(nonNull(components.getParameters()).values());
        List<APIResponse> responses = new ArrayList<>(nonNull(components.getResponses()).values());
        List<Content> contents = new ArrayList<>();
        nonNull(components.getHeaders()).values().forEach(header -> tidy.accept(header.getSchema()));
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            parameters.addAll(nonNull(item.getParameters()));
            item.getOperations().values().forEach(operation -> {
                parameters.addAll(nonNull(operation.getParameters()));
                if (operation.getRequestBody() != null) {
                    contents.add(operation.getRequestBody().getContent());
                }
                responses.addAll(operation.getResponses().getAPIResponses().values());
            });
        });
        parameters.forEach(parameter -> tidy.accept(parameter.getSchema()));
        responses.forEach(response -> {
            contents.add(response.getContent());
            nonNull(response.getHeaders()).values().forEach(header -> tidy.accept(header.getSchema()));
        });
        contents.stream().filter(Objects::nonNull).filter(content -> content.getMediaTypes() != null)
                .forEach(content -> content.getMediaTypes().values().forEach(media -> tidy.accept(media.getSchema())));
    }

    private static <K, V> Map<K, V> nonNull(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean isScalar(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        return schema.getRef() == null && schema.getProperties() == null && schema.getEnumeration() == null
                && types != null && types.size() == 1
                && types.get(0) != Schema.SchemaType.OBJECT && types.get(0) != Schema.SchemaType.ARRAY;
    }

    private static void visit(Schema schema, Map<String, Schema> components, Set<String> scalars) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
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
        children.addAll(Arrays.asList(schema.getItems(), schema.getAdditionalPropertiesSchema(), schema.getNot()));
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(), schema.getPrefixItems())
                .filter(Objects::nonNull).forEach(children::addAll);
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
