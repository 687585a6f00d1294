package blog.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Bodies that are not valid JSON, or not valid UTF-8, or JSON of the wrong shape: each a 400
 * (malformed JSON), except a few that a lenient but correct parser may accept.
 */
final class MalformedBodies {

    private static final int DEEP = 10_000;

    private MalformedBodies() {
    }

    static List<BodyCase> all() {
        List<BodyCase> cases = new ArrayList<>();
        text(cases, "truncated object", base -> json(base).substring(0, json(base).length() - 2));
        text(cases, "trailing comma", base -> json(base).replaceFirst("}$", ",}"));
        text(cases, "single quotes", base -> json(base).replace('"', '\''));
        text(cases, "unquoted key", base -> json(base).replaceFirst("\"([A-Za-z]+)\":", "$1:"));
        text(cases, "trailing garbage", base -> json(base) + " x");
        text(cases, "two documents", base -> json(base) + json(base));
        text(cases, "duplicate key", base -> json(base).replaceFirst("^\\{", "{\"" + first(base) + "\":\"first\","));
        for (String literal : List.of("NaN", "Infinity", "-Infinity", "01", "-", "+1", ".5", "0x1F", "1e", "undefined", "'x'")) {
            text(cases, "value " + literal, base -> "{\"" + first(base) + "\":" + literal + "}");
        }
        text(cases, "bad escape \\x41", base -> "{\"" + first(base) + "\":\"\\x41\"}");
        text(cases, "bad unicode escape", base -> "{\"" + first(base) + "\":\"\\u12G4\"}");
        text(cases, "unterminated string", base -> "{\"" + first(base) + "\":\"abc}");
        text(cases, "comment", base -> "/* comment */" + json(base));
        for (String document : List.of("null", "true", "42", "\"text\"", "[]", "[{}]", "", " \n\t ", "{", "}", "[")) {
            text(cases, "document '" + document.strip() + "'", base -> document);
        }
        text(cases, DEEP + " nested arrays", base -> "[".repeat(DEEP) + "]".repeat(DEEP));
        text(cases, DEEP + " unclosed arrays", base -> "[".repeat(DEEP));
        text(cases, DEEP + " nested objects", base -> "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP));
        text(cases, DEEP + " nested arrays in a field", base -> "{\"" + first(base) + "\":" + "[".repeat(DEEP) + "]".repeat(DEEP) + "}");
        text(cases, DEEP + " nested objects in an unknown field",
                base -> json(base).replaceFirst("}$", ",\"x\":" + "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP) + "}"));
        text(cases, "number of 5,000 digits", base -> "{\"" + first(base) + "\":1" + "0".repeat(5000) + "}");
        text(cases, "key of 100,000 characters", base -> json(base).replaceFirst("}$", ",\"" + "k".repeat(100_000) + "\":1}"));
        text(cases, "20,000 unknown fields", base -> {
            StringBuilder json = new StringBuilder(json(base).replaceFirst("}$", ""));
            for (int i = 0; i < 20_000; i++) {
                json.append(",\"f").append(i).append("\":").append(i);
            }
            return json.append('}').toString();
        });
        bytes(cases, "raw NUL in a string", base -> withBytes(base, new byte[] {0}));
        bytes(cases, "raw control character in a string", base -> withBytes(base, new byte[] {1}));
        bytes(cases, "raw NUL between tokens", base -> concat(new byte[] {0}, Json.raw(base)));
        for (String hex : List.of("c328", "ff", "80", "c0af", "f888808080", "eda080", "f4908080", "f09f98", "e9")) {
            bytes(cases, "invalid UTF-8 " + hex + " in a string", base -> withBytes(base, hexBytes(hex)));
        }
        bytes(cases, "Latin-1 body", base -> ("{\"" + first(base) + "\":\"Caf\u00e9 " + base.get(first(base)) + "\"}")
                .getBytes(StandardCharsets.ISO_8859_1));
        cases.add(BodyCase.raw("UTF-8 byte order mark", Expectation.any(), base -> concat(hexBytes("efbbbf"), Json.raw(base))));
        cases.add(BodyCase.raw("UTF-16 with byte order mark", Expectation.any(),
                base -> json(base).getBytes(StandardCharsets.UTF_16)));
        return cases;
    }

    private static void text(List<BodyCase> cases, String label, Function<Map<String, Object>, String> body) {
        cases.add(BodyCase.raw(label, Expectation.status(400), base -> body.apply(base).getBytes(StandardCharsets.UTF_8)));
    }

    private static void bytes(List<BodyCase> cases, String label, Function<Map<String, Object>, byte[]> body) {
        cases.add(BodyCase.raw(label, Expectation.status(400), body));
    }

    private static String json(Map<String, Object> base) {
        return Json.write(base, true);
    }

    private static String first(Map<String, Object> base) {
        return base.keySet().iterator().next();
    }

    /** The base body with {@code bytes} spliced into the first field's string value. */
    private static byte[] withBytes(Map<String, Object> base, byte[] bytes) {
        String json = json(base);
        int cut = json.indexOf("\":\"") + 3;
        return concat(json.substring(0, cut).getBytes(StandardCharsets.UTF_8), bytes,
                json.substring(cut).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] hexBytes(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
