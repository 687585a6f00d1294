package blog.fuzz;

import blog.fuzz.Json.Raw;
import blog.fuzz.Samples.Gen;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies that get one property wrong, derived from the property's schema in openapi.yaml:
 * every other JSON type, huge numbers, values breaking its enum, format, pattern, maxLength or
 * maxItems, null where it is required, and hostile text where text is allowed.
 */
final class FieldMutations {

    private static final String TWO_TO_80 = "1208925819614629174706176";
    private static final List<Object[]> TYPED_VALUES = List.of(
            new Object[] {"number", new Raw("42")}, new Object[] {"number", new Raw("-0")},
            new Object[] {"number", new Raw("1.5")}, new Object[] {"number", new Raw("1e400")},
            new Object[] {"number", new Raw("-1E-400")}, new Object[] {"number", new Raw(TWO_TO_80)},
            new Object[] {"number", new Raw("-" + TWO_TO_80 + TWO_TO_80)}, new Object[] {"boolean", new Raw("true")},
            new Object[] {"boolean", new Raw("false")}, new Object[] {"array", List.of()},
            new Object[] {"array", List.of("x")}, new Object[] {"object", Map.of()},
            new Object[] {"object", Map.of("x", 1)}, new Object[] {"string", "text"});

    private final OpenApiContract contract;

    FieldMutations(OpenApiContract contract) {
        this.contract = contract;
    }

    /**
     * A valid body for the operation: the required fields, with names no other request uses. A
     * merge patch ("PostRequestPatch") gets the same fields: a valid change.
     */
    static Map<String, Object> base(Operation operation) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (operation.bodySchema().replaceFirst("Patch$", "")) {
            case "PostRequest" -> body.put("title", Fixtures.unique("Fuzz post"));
            case "TagRequest" -> body.put("name", Fixtures.unique("Fuzz tag"));
            case "AuthorRequest" -> body.put("name", Fixtures.unique("Fuzz author"));
            case "TokenRequest" -> {
                body.put("name", Fixtures.unique("fuzz token"));
                body.put("role", "editor");
            }
            case "PreviewRequest" -> body.put("expiresAt", java.time.Instant.now().plus(java.time.Duration.ofHours(1)).toString());
            case "WebhookRequest" -> {
                body.put("url", Fixtures.receiverUrl());
                body.put("events", List.of("tag.created"));
            }
            // An import file: this API's export of nothing.
            case "" -> {
                if (!operation.resource().equals("imports")) {
                    throw new AssertionError("no body schema for " + operation.key());
                }
                body.put("format", "blog-content-api-export");
                body.put("version", 1);
            }
            default -> throw new AssertionError("no valid base body for " + operation.bodySchema() + " of "
                    + operation.key() + ": teach FieldMutations.base about it");
        }
        return body;
    }

    /** The request schema's properties with $refs followed (their sibling keywords kept). */
    Map<String, JsonNode> properties(Operation operation) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        contract.resolve(contract.schema(operation.bodySchema())).path("properties").fields().forEachRemaining(property -> {
            ObjectNode merged = contract.resolve(property.getValue()).deepCopy();
            property.getValue().fields().forEachRemaining(keyword -> {
                if (!keyword.getKey().equals("$ref") && !merged.has(keyword.getKey())) {
                    merged.set(keyword.getKey(), keyword.getValue());
                }
            });
            properties.put(property.getKey(), merged);
        });
        return properties;
    }

    /** Every invalid value of the wrong JSON type for a property, each a 400 that must name it. */
    List<BodyCase> wrongTypes(Operation operation, String name) {
        JsonNode property = properties(operation).get(name);
        String type = Json.type(property);
        List<BodyCase> cases = new ArrayList<>();
        for (Object[] typed : TYPED_VALUES) {
            if (!typed[0].equals(type)) {
                cases.add(BodyCase.set(name + " as " + typed[0] + " " + Json.write(typed[1], true), name, typed[1],
                        Expectation.invalid(name)));
            }
        }
        if (type.equals("array")) {
            for (Object item : List.of(new Raw("42"), new Raw("true"), new Raw("1e400"), List.of(), Map.of(), new Raw("null"))) {
                cases.add(BodyCase.set(name + " item " + Json.write(item, true), name, List.of(item), Expectation.invalid(name)));
            }
        }
        if (contract.resolve(contract.schema(operation.bodySchema())).path("required").toString().contains('"' + name + '"')) {
            cases.add(BodyCase.set(name + " null although required", name, new Raw("null"), Expectation.invalid(name)));
        }
        return cases;
    }

    /** Wrong types, broken constraints, boundaries and hostile text for every property, plus unknown fields. */
    Gen<BodyCase> any(Operation operation) {
        List<Gen<BodyCase>> choices = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : properties(operation).entrySet()) {
            String name = property.getKey();
            choices.add(Samples.oneOf(wrongTypes(operation, name)));
            List<BodyCase> constraints = Constraints.broken(name, property.getValue());
            if (!constraints.isEmpty()) {
                choices.add(Samples.oneOf(constraints));
            }
            if (Json.type(property.getValue()).equals("string")) {
                choices.add(hostileText(name, property.getValue()));
            }
        }
        choices.add(unknownFields());
        return Samples.anyOf(choices);
    }

    /**
     * Hostile text as JSON escapes, or as UTF-8 bytes; in UTF-8 a lone surrogate is an invalid byte
     * sequence, so that body is malformed JSON (a 400 that need not name the field).
     */
    private static Gen<BodyCase> hostileText(String name, JsonNode property) {
        Gen<String> texts = HostileStrings.any();
        return random -> {
            String text = texts.next(random);
            return random.nextBoolean()
                    ? BodyCase.set(name + " hostile text (escaped)", name, text, Constraints.expectation(name, property, text))
                    : BodyCase.setRaw(name + " hostile text (UTF-8)", name, text, HostileStrings.hasLoneSurrogate(text)
                            ? Expectation.status(400) : Constraints.expectation(name, property, text));
        };
    }

    private static Gen<BodyCase> unknownFields() {
        return Samples.anyOf(
                Samples.oneOf("colour", "Title", "title ", "tags_", "__proto__", "constructor").map(
                        key -> BodyCase.set("unknown field " + key, key, "red", Expectation.invalid(key))),
                HostileStrings.any().map(key -> BodyCase.raw("unknown hostile field name", Expectation.status(400),
                        base -> Json.escaped(BodyCase.with(base, "x" + key, 1)))),
                Samples.oneOf("id", "html", "createdAt", "updatedAt", "postCount", "readingTimeMinutes").map(
                        key -> BodyCase.set("read-only field " + key + " with a junk value", key, new Raw("[1e400]"),
                                Expectation.any())));
    }
}
