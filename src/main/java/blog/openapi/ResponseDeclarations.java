package blog.openapi;

import blog.common.IdempotentCreates;
import blog.common.ProblemResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares on every operation the problem+json errors and the headers that the shared filters
 * and mappers produce, so the document says what the server does.
 */
final class ResponseDeclarations {

    private static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", "Malformed JSON, a wrong type, an unknown field, or an invalid field or query parameter; `errors` names each.");
        ERRORS.put("401", "The bearer token is missing (writes) or not valid. Carries WWW-Authenticate: Bearer.");
        ERRORS.put("403", "The token's role, or its author's ownership of the resource, does not allow this.");
        ERRORS.put("404", "No such resource, or one the caller may not see.");
        ERRORS.put("406", "The Accept header admits neither application/json nor application/problem+json.");
        ERRORS.put("409", "The slug or name is already taken.");
        ERRORS.put("412", "If-Match does not match the current ETag.");
        ERRORS.put("413", "The request body is over the size limit (1 MiB by default).");
        ERRORS.put("415", "The request body is not of a supported media type.");
        ERRORS.put("422", "The Idempotency-Key was already used with a different request body.");
        ERRORS.put("429", "Too many failed authentications from this client; Retry-After says when to retry.");
        ERRORS.put("503", "The database is unavailable; Retry-After says when to retry.");
    }

    private ResponseDeclarations() {
    }

    static void declare(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.addHeader("ETag", header("Entity tag of the representation: send it back in If-None-Match (to get a 304) or If-Match (to update only that version).")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^(W/)?\"[^\"]*\"$")));
        components.addHeader("Last-Modified", header("When the representation last changed, as an HTTP date."));
        components.addHeader("Cache-Control", header("public, max-age=N for anonymous reads; private, no-store otherwise."));
        components.addHeader("Link", header("RFC 8288 links to the next and previous pages (rel=\"next\", rel=\"prev\")."));
        components.addHeader("Location", header("URL of the created resource."));
        components.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO)));
        components.addHeader("WWW-Authenticate", header("The authentication scheme to use: Bearer."));
        ERRORS.forEach((status, description) -> components.addResponse(name(status), problem(status, description)));
        openAPI.getPaths().getPathItems().forEach(ResponseDeclarations::describe);
    }

    private static void describe(String path, PathItem item) {
        boolean single = path.contains("{");
        item.getOperations().forEach((method, operation) -> describe(method, operation, single));
    }

    private static void describe(PathItem.HttpMethod method, Operation operation, boolean single) {
        APIResponses responses = operation.getResponses();
        boolean read = method == PathItem.HttpMethod.GET;
        boolean publicRead = read && (operation.getSecurity() == null || operation.getSecurity().isEmpty());
        boolean hasBody = operation.getRequestBody() != null;
        if (publicRead) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(ApiDocs.BEARER)));
        }
        if (read) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: the If-None-Match ETag is current.")
                    .addHeader("ETag", ref("ETag")).addHeader("Cache-Control", ref("Cache-Control")));
        }
        responses.getAPIResponses().forEach((status, response) -> addSuccessHeaders(status, response, read, single));
        add(responses, "400");
        add(responses, "401");
        if (!publicRead) {
            add(responses, "403");
        }
        if (single || read) {
            add(responses, "404");
        }
        add(responses, "406");
        if (hasBody) {
            add(responses, "409");
            add(responses, "413");
            add(responses, "415");
        }
        if (!read && single) {
            add(responses, "412");
        }
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> IdempotentCreates.HEADER.equals(parameter.getName()))) {
            add(responses, "422");
        }
        add(responses, "429");
        add(responses, "503");
    }

    private static void addSuccessHeaders(String status, APIResponse response, boolean read, boolean single) {
        if (status.equals("200") || status.equals("201")) {
            response.addHeader("ETag", ref("ETag"));
            response.addHeader("Cache-Control", ref("Cache-Control"));
            response.addHeader("Last-Modified", ref("Last-Modified"));
        }
        if (status.equals("200") && read && !single) {
            response.addHeader("Link", ref("Link"));
        }
        if (status.equals("201")) {
            response.addHeader("Location", ref("Location"));
        }
    }

    /** Adds the problem response, replacing a bare one that a scanner generated (such as "400 Bad Request"). */
    private static void add(APIResponses responses, String status) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null || (existing.getRef() == null && existing.getContent() == null)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(name(status)));
        }
    }

    private static String name(String status) {
        return "Problem" + status;
    }

    private static APIResponse problem(String status, String description) {
        APIResponse response = OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(ProblemResponses.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
        if (status.equals("401")) {
            response.addHeader("WWW-Authenticate", ref("WWW-Authenticate"));
        }
        if (status.equals("429") || status.equals("503")) {
            response.addHeader("Retry-After", ref("Retry-After"));
        }
        return response;
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref(name);
    }
}
