package blog.fuzz;

import blog.fuzz.Exchange.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules every response obeys, whatever was sent: no 5xx, nothing internal (stack traces, Java
 * class or package names, SQL errors), errors as application/problem+json whose status is the
 * HTTP status (401 with WWW-Authenticate, 429 and 503 with Retry-After), and a status, media
 * type and body that openapi.yaml declares for the operation.
 */
final class ResponseChecks {

    /** Problem type URIs (https://blog.example/problems/...) are legitimate; our package names are not. */
    private static final Pattern LEAK = Pattern.compile("Exception|\\bjava\\.|\\bjavax\\.|\\bjakarta\\.|org\\.hibernate"
            + "|org\\.postgresql|org\\.jboss|io\\.quarkus|io\\.vertx|io\\.smallrye|io\\.agroal|com\\.fasterxml"
            + "|\\bblog\\.(?:auth|author|cache|common|post|tag)\\b|\\tat |Caused by|SQLSTATE|SQL state|ERROR: ");
    private static final Pattern NULL_FIELD = Pattern.compile("Path '[^']*?/?([^/']*)'\\] Instance type \\(null\\)"
            + " does not match any allowed primitive type \\(allowed: \\[(.*?)\\]");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseChecks() {
    }

    static void check(OpenApiContract contract, Operation operation, Exchange exchange, Expectation expected,
                      Findings findings) {
        findings.sent();
        Response response = exchange.response();
        if (response == null) {
            findings.add("NO_RESPONSE", exchange, exchange.failure());
            return;
        }
        int status = response.status();
        if (status >= 500) {
            findings.add("SERVER_ERROR", exchange, "answered " + status + " (expected " + expected + ")");
        }
        leak(exchange, response.text() + "\n" + response.headers(), findings);
        if (status >= 400) {
            problem(exchange, response, findings);
        }
        if (status == 401 && !String.valueOf(response.header("www-authenticate")).startsWith("Bearer")) {
            findings.add("NO_WWW_AUTHENTICATE", exchange, "a 401 without WWW-Authenticate: Bearer");
        }
        if ((status == 429 || status == 503) && response.header("retry-after") == null) {
            findings.add("NO_RETRY_AFTER", exchange, "a " + status + " without Retry-After");
        }
        for (String violation : contract.violations(operation, response)) {
            if (status >= 400 && response.body().length == 0 && violation.contains("no response body found")) {
                continue; // already a NOT_PROBLEM_JSON finding
            }
            Matcher nullField = NULL_FIELD.matcher(violation);
            if (nullField.find()) {
                findings.add("UNDOCUMENTED_NULL", exchange, "null for '" + nullField.group(1) + "', which openapi.yaml types as "
                        + nullField.group(2) + " without \"null\"", Findings.Scope.EVERYWHERE);
            } else {
                findings.add("UNDOCUMENTED", exchange, violation, Findings.Scope.OPERATION);
            }
        }
        if (status < 500 && !expected.allows(status)) {
            findings.add("UNEXPECTED_STATUS", exchange, "expected " + expected + ", got " + status);
        } else if (status == 400 && expected.namedField() != null && !namesField(response, expected.namedField())) {
            findings.add("FIELD_NOT_NAMED", exchange, "the 400 does not name '" + expected.namedField() + "' in errors[].field");
        }
    }

    private static void leak(Exchange exchange, String text, Findings findings) {
        Matcher matcher = LEAK.matcher(text);
        if (matcher.find()) {
            int from = Math.max(0, matcher.start() - 60);
            findings.add("LEAK", exchange, "internal detail '" + matcher.group() + "' in: …"
                    + text.substring(from, Math.min(text.length(), matcher.end() + 60)).replace('\n', ' ') + "…");
        }
    }

    private static void problem(Exchange exchange, Response response, Findings findings) {
        if (!response.contentType().startsWith("application/problem+json")) {
            findings.add("NOT_PROBLEM_JSON", exchange, response.status() + " answered as '" + response.contentType() + "'");
            return;
        }
        JsonNode problem = parse(response);
        if (problem == null || !problem.isObject()) {
            findings.add("NOT_PROBLEM_JSON", exchange, "body is not a JSON object");
        } else if (problem.path("status").asInt() != response.status() || !problem.path("status").isInt()) {
            findings.add("PROBLEM_STATUS", exchange, "problem status " + problem.path("status") + " in a " + response.status());
        } else if (!problem.path("type").isTextual() || !problem.path("title").isTextual()) {
            findings.add("NOT_PROBLEM_JSON", exchange, "problem without type or title");
        }
    }

    static boolean namesField(Response response, String field) {
        JsonNode problem = parse(response);
        if (problem == null) {
            return false;
        }
        for (JsonNode error : problem.path("errors")) {
            String named = error.path("field").asText();
            if (named.equals(field) || named.startsWith(field + "[") || named.startsWith(field + ".")) {
                return true;
            }
        }
        return false;
    }

    static JsonNode parse(Response response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            return null;
        }
    }
}
