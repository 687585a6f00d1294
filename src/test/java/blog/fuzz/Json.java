package blog.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes request bodies byte for byte as the fuzzer means them. Unlike Jackson it will write a
 * lone surrogate (escaped as {@code \ud800}, or raw as the invalid UTF-8 bytes ED A0 80), a raw
 * number literal such as {@code 1e400}, and a fragment of malformed JSON.
 */
final class Json {

    /** JSON text written as is: a number literal, or anything else. */
    record Raw(String text) {
    }

    private Json() {
    }

    /** A schema's JSON type: "string" for both {@code type: string} and {@code type: [string, "null"]}. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode member : type) {
                if (!member.asText().equals("null")) {
                    return member.asText();
                }
            }
        }
        return type.asText();
    }

    /** Non-ASCII as \\u escapes: pure ASCII on the wire, lone surrogates included. */
    static byte[] escaped(Object value) {
        return utf8(write(value, true));
    }

    /** Non-ASCII as UTF-8, with lone surrogates as their (invalid) three-byte form. */
    static byte[] raw(Object value) {
        return utf8(write(value, false));
    }

    static String write(Object value, boolean escapeNonAscii) {
        StringBuilder json = new StringBuilder();
        write(value, escapeNonAscii, json);
        return json.toString();
    }

    private static void write(Object value, boolean escapeNonAscii, StringBuilder json) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof Raw raw) {
            json.append(raw.text());
        } else if (value instanceof String text) {
            string(text, escapeNonAscii, json);
        } else if (value instanceof Map<?, ?> map) {
            json.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.append(separator);
                string(String.valueOf(entry.getKey()), escapeNonAscii, json);
                json.append(':');
                write(entry.getValue(), escapeNonAscii, json);
                separator = ",";
            }
            json.append('}');
        } else if (value instanceof List<?> list) {
            json.append('[');
            for (int i = 0; i < list.size(); i++) {
                json.append(i == 0 ? "" : ",");
                write(list.get(i), escapeNonAscii, json);
            }
            json.append(']');
        } else {
            json.append(value);
        }
    }

    private static void string(String text, boolean escapeNonAscii, StringBuilder json) {
        json.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || (escapeNonAscii && c > 0x7e)) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    /** UTF-8, except that a lone surrogate becomes its three-byte form (WTF-8) instead of '?'. */
    static byte[] utf8(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                bytes.write(0xf0 | codePoint >> 18);
                bytes.write(0x80 | codePoint >> 12 & 0x3f);
                bytes.write(0x80 | codePoint >> 6 & 0x3f);
                bytes.write(0x80 | codePoint & 0x3f);
            } else if (c < 0x80) {
                bytes.write(c);
            } else if (c < 0x800) {
                bytes.write(0xc0 | c >> 6);
                bytes.write(0x80 | c & 0x3f);
            } else {
                bytes.write(0xe0 | c >> 12);
                bytes.write(0x80 | c >> 6 & 0x3f);
                bytes.write(0x80 | c & 0x3f);
            }
        }
        return bytes.toByteArray();
    }
}
