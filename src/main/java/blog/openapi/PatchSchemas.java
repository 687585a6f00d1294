package blog.openapi;

import blog.json.MergePatch;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives merge-patch request bodies a schema of their own, with no required fields; the members
 * that the request schema marks nullable are those where null resets a field to its default.
 */
final class PatchSchemas {

    private PatchSchemas() {
    }

    static void declare(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(operation -> use(operation, openAPI.getComponents())));
    }

    /**
     * A merge patch names only the fields it changes: its body gets a copy of the request schema
     * ("PostRequestPatch") in which nothing is required.
     */
    /** The request member as a patch member: where the request says "absent or null", a patch means null alone. */
    private static Schema patchMember(Schema member) {
        Schema copy = OASFactory.createSchema();
        copy.setAll(member.getAll());
        if (member.getDescription() != null) {
            copy.setDescription(member.getDescription().replace("Absent or null:", "Null:").replace("absent or null:", "null:")
                    .replace("absent, null or empty", "null or empty"));
        }
        return copy;
    }

    private static void use(Operation operation, Components components) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        MediaType patch = operation.getRequestBody().getContent().getMediaType(MergePatch.MEDIA_TYPE);
        if (patch == null || patch.getSchema() == null || patch.getSchema().getRef() == null) {
            return;
        }
        String name = patch.getSchema().getRef().substring(patch.getSchema().getRef().lastIndexOf('/') + 1);
        Schema full = components.getSchemas().get(name);
        if (full == null) {
            return;
        }
        Map<String, Schema> properties = new LinkedHashMap<>();
        full.getProperties().forEach((property, schema) -> properties.put(property, patchMember(schema)));
        components.addSchema(name + "Patch", OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("JSON Merge Patch (RFC 7396) of " + name + ": send only the fields to change; an absent field "
                        + "stays as it is, and null resets a nullable field as its description says.")
                .properties(properties));
        patch.setSchema(OASFactory.createSchema().ref(name + "Patch"));
    }
}
