package blog.openapi;

import blog.idempotency.IdempotentCreates;
import blog.problem.ProblemResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/** Declares on every operation the problem+json errors that the shared filters and mappers can answer it with. */
final class ErrorResponses {

    private static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", "Malformed JSON, a wrong type, an unknown field, or an invalid field or query parameter; `errors` names each.");
        ERRORS.put("401", "The bearer token is missing (writes) or not valid. Carries WWW-Authenticate: Bearer.");
        ERRORS.put("403", "The token's role, or its author's ownership of the resource, does not allow this.");
        ERRORS.put("404", "No such resource, or one the caller may not see.");
        ERRORS.put("406", "The Accept header admits neither the media type of the answer (application/json for most) nor application/problem+json.");
        ERRORS.put("409", "The slug, name or e-mail is already taken, or the resource is still in use.");
        ERRORS.put("412", "If-Match does not match the current ETag.");
        ERRORS.put("413", "The request body is over the size limit (1 MiB by default).");
        ERRORS.put("415", "The request body is not of a supported media type.");
        ERRORS.put("422", "The Idempotency-Key was already used with a different request body.");
        ERRORS.put("429", "Too many failed authentications from this client; Retry-After says when to retry.");
        ERRORS.put("503", "The database is unavailable (for a write: it could not be confirmed, and may or may not have "
                + "been applied; retry it, with the same Idempotency-Key for a create); Retry-After says when to retry.");
    }

    private ErrorResponses() {
    }

    static void declare(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        ERRORS.forEach((status, description) -> components.addResponse(name(status), problem(status, description)));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> declare(new OperationFacts(path, method, operation, components))));
    }

    private static void declare(OperationFacts facts) {
        APIResponses responses = facts.operation().getResponses();
        add(responses, "400", true);
        add(responses, "401", true);
        add(responses, "403", !facts.publicRead());
        add(responses, "404", facts.single());
        add(responses, "406", true);
        add(responses, "409", facts.writesUniqueFields());
        add(responses, "412", facts.hasParameter("If-Match"));
        add(responses, "413", facts.hasBody());
        add(responses, "415", facts.hasBody());
        add(responses, "422", facts.hasParameter(IdempotentCreates.HEADER));
        add(responses, "429", true);
        add(responses, "503", true);
    }

    /** Adds the problem response, replacing a bare one that a scanner generated (such as "400 Bad Request"). */
    private static void add(APIResponses responses, String status, boolean applies) {
        APIResponse existing = responses.getAPIResponse(status);
        if (applies && (existing == null || (existing.getRef() == null && existing.getContent() == null))) {
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
            response.addHeader("WWW-Authenticate", HeaderDeclarations.ref("WWW-Authenticate"));
        }
        if (status.equals("429") || status.equals("503")) {
            response.addHeader("Retry-After", HeaderDeclarations.ref("Retry-After"));
        }
        return response;
    }

    /** What the document already says about an operation, from which its possible errors follow. */
    record OperationFacts(String path, PathItem.HttpMethod method, Operation operation, Components components) {

        boolean single() {
            return path.contains("{");
        }

        /** A GET that needs no token (before or after {@link HeaderDeclarations} made the token optional on it). */
        boolean publicRead() {
            List<SecurityRequirement> security = operation.getSecurity();
            return method == PathItem.HttpMethod.GET
                    && (security == null || security.stream().anyMatch(requirement -> requirement.getSchemes().isEmpty()));
        }

        boolean hasBody() {
            return operation.getRequestBody() != null;
        }

        boolean hasParameter(String name) {
            return operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> p.getName().equals(name));
        }

        /** A body with a slug: the database decides whether it (or a name or an e-mail) is taken. */
        boolean writesUniqueFields() {
            return hasBody() && operation.getRequestBody().getContent().getMediaTypes().values().stream()
                    .map(media -> media.getSchema() == null ? null : media.getSchema().getRef())
                    .filter(Objects::nonNull)
                    .map(ref -> components.getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1)))
                    .anyMatch(schema -> schema != null && schema.getProperties() != null && schema.getProperties().containsKey("slug"));
        }
    }
}
