package blog.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One request the fuzzer sent and what came back (or why nothing did). */
record Exchange(Request request, Response response, String failure) {

    private static final int PREVIEW = 240;

    /**
     * A request as bytes on the wire. {@code operation} is the openapi.yaml operation it aims at
     * ("GET /api/v1/posts/{id}"), whatever the target really contains; {@code label} says what was fuzzed.
     */
    record Request(String operation, String label, String method, String target, Map<String, String> headers,
                   byte[] body, boolean chunked) {

        static Request of(Operation operation, String label, String target) {
            return new Request(operation.key(), label, operation.method(), target, new LinkedHashMap<>(), null, false);
        }

        Request header(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            if (value == null) {
                copy.remove(name);
            } else {
                copy.put(name, value);
            }
            return new Request(operation, label, method, target, copy, body, chunked);
        }

        Request body(String contentType, byte[] bytes) {
            return new Request(operation, label, method, target, headers, bytes, chunked).header("Content-Type", contentType);
        }

        Request asChunked() {
            return new Request(operation, label, method, target, headers, body, true);
        }

        Request label(String newLabel) {
            return new Request(operation, newLabel, method, target, headers, body, chunked);
        }

        boolean isWrite() {
            return !method.equals("GET");
        }
    }

    /** Header names are lower-case. */
    record Response(int status, Map<String, String> headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.get(name);
        }

        String contentType() {
            String type = headers.get("content-type");
            return type == null ? "" : type;
        }
    }

    /** A curl command line that replays the request, with the body abbreviated. */
    String reproduction() {
        StringBuilder curl = new StringBuilder("[").append(request.label()).append("] curl -X ").append(request.method())
                .append(" 'http://localhost:8080").append(abbreviate(request.target())).append('\'');
        request.headers().forEach((name, value) -> curl.append(" -H '").append(name).append(": ")
                .append(preview(value.getBytes(StandardCharsets.ISO_8859_1))).append('\''));
        if (request.chunked()) {
            curl.append(" -H 'Transfer-Encoding: chunked'");
        }
        if (request.body() != null) {
            curl.append(" --data-binary '").append(preview(request.body())).append('\'');
        }
        if (response != null) {
            curl.append("\n      -> ").append(response.status()).append(' ').append(response.contentType())
                    .append(' ').append(preview(response.body()));
        } else {
            curl.append("\n      -> no response: ").append(failure);
        }
        return curl.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW) + "…(" + text.length() + " chars)";
    }


    /** Printable ASCII as is, other bytes escaped, so that invalid UTF-8 and NUL show in a report. */
    static String preview(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < bytes.length && text.length() < PREVIEW; i++) {
            int b = bytes[i] & 0xff;
            if (b >= 0x20 && b < 0x7f && b != '\\') {
                text.append((char) b);
            } else if (b == '\n') {
                text.append("\\n");
            } else {
                text.append(String.format("\\x%02x", b));
            }
        }
        return bytes.length > PREVIEW ? text + "…(" + bytes.length + " bytes)" : text.toString();
    }
}
