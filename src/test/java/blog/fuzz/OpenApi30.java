package blog.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;

/**
 * Rewrites our OpenAPI 3.1 document as 3.0 for swagger-request-validator. Given a 3.1 document the
 * validator silently skips every {@code type} keyword (it checks enum, pattern, minimum and format
 * only), so {"title": 42} or a null would pass. Our document uses no 3.1 construct that 3.0 cannot
 * express: schema {@code examples} arrays (documentation only) are dropped, and nullable type
 * arrays, {@code const} and {@code {type: "null"}} alternatives, should they appear, are mapped to
 * their 3.0 spelling. {@code $ref} siblings are documentation (type, description) in our document.
 */
final class OpenApi30 {

    private OpenApi30() {
    }

    static ObjectNode of(JsonNode openApi31) {
        ObjectNode document = openApi31.deepCopy();
        document.put("openapi", "3.0.3");
        document.remove("jsonSchemaDialect");
        document.remove("webhooks");
        rewrite(document, openApi31);
        return document;
    }

    private static void rewrite(JsonNode node, JsonNode original) {
        if (node instanceof ObjectNode object) {
            for (String alternatives : new String[] {"oneOf", "anyOf"}) {
                if (object.get(alternatives) instanceof ArrayNode array && removeNullAlternative(array)) {
                    object.put("nullable", true);
                    if (array.size() == 1) {
                        object.remove(alternatives);
                        inline(object, array.get(0), original);
                    }
                }
            }
            if (object.path("examples").isArray()) {
                object.remove("examples");
            }
            if (object.path("type").isArray()) {
                typeArray(object);
            }
            if (object.has("const")) {
                object.putArray("enum").add(object.remove("const"));
            }
            object.elements().forEachRemaining(child -> rewrite(child, original));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewrite(child, original));
        }
    }

    /** Copies the keywords of {@code alternative} ($ref followed) that {@code schema} does not have. */
    private static void inline(ObjectNode schema, JsonNode alternative, JsonNode document) {
        JsonNode target = alternative;
        while (target.has("$ref")) {
            target = document.at(target.get("$ref").asText().substring(1));
        }
        target.fields().forEachRemaining(keyword -> {
            if (!schema.has(keyword.getKey())) {
                schema.set(keyword.getKey(), keyword.getValue().deepCopy());
            }
        });
    }

    private static void typeArray(ObjectNode schema) {
        ArrayNode types = (ArrayNode) schema.remove("type");
        ArrayNode others = types.arrayNode();
        types.elements().forEachRemaining(type -> {
            if (type.asText().equals("null")) {
                schema.put("nullable", true);
            } else {
                others.add(type);
            }
        });
        if (others.size() == 1) {
            schema.set("type", others.get(0));
        }
    }

    private static boolean removeNullAlternative(ArrayNode alternatives) {
        boolean removed = false;
        for (Iterator<JsonNode> it = alternatives.elements(); it.hasNext(); ) {
            if (it.next().path("type").asText().equals("null")) {
                it.remove();
                removed = true;
            }
        }
        return removed;
    }
}
