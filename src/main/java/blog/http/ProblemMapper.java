package blog.http;

import blog.database.DatabaseErrors;
import blog.json.JsonErrors;
import blog.logging.LoggedPaths;
import blog.problem.ApiException;
import blog.problem.Problem;
import blog.problem.ProblemResponses;
import blog.problem.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error into application/problem+json; nothing internal reaches the client. */
public class ProblemMapper {

    @Inject
    ProblemResponses responses;

    @ServerExceptionMapper
    public RestResponse<byte[]> mapApiException(ApiException exception, UriInfo uri) {
        return responses.of(exception.type, exception.getMessage(), uri, exception.errors);
    }

    @ServerExceptionMapper
    public RestResponse<byte[]> mapConstraintViolation(ConstraintViolationException exception, UriInfo uri) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        if (errors.size() == 1 && errors.get(0).field().isEmpty()) {
            return responses.of(ProblemType.MALFORMED_REQUEST, "A JSON request body is required.", uri, null);
        }
        String detail = errors.size() == 1
                ? "Invalid value for '" + errors.get(0).field() + "': " + errors.get(0).message()
                : "The request has " + errors.size() + " invalid fields.";
        return responses.of(ProblemType.VALIDATION, detail, uri, errors);
    }

    @ServerExceptionMapper
    public RestResponse<byte[]> mapJsonError(JsonProcessingException exception, UriInfo uri) {
        return mapApiException(JsonErrors.toApiException(exception), uri);
    }

    /** Declared for this subtype too, to take precedence over the Jackson extension's own mapper. */
    @ServerExceptionMapper
    public RestResponse<byte[]> mapMismatchedInput(MismatchedInputException exception, UriInfo uri) {
        return mapJsonError(exception, uri);
    }

    @ServerExceptionMapper
    public RestResponse<byte[]> mapWebApplicationException(WebApplicationException exception, UriInfo uri) {
        if (exception.getCause() instanceof JsonProcessingException json) {
            return mapJsonError(json, uri);
        }
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            Log.errorf(exception, "Request to %s failed", path(uri));
        }
        ProblemType type = ProblemType.forStatus(status);
        return responses.of(type, status, FrameworkErrors.detail(status, exception), uri, null);
    }

    /** Never fails itself: whatever goes wrong while describing the error, the answer is a problem. */
    @ServerExceptionMapper
    public RestResponse<byte[]> mapUnexpected(Throwable exception, UriInfo uri) {
        try {
            return describeUnexpected(exception, uri);
        } catch (RuntimeException secondFailure) {
            secondFailure.addSuppressed(exception);
            Log.error("Describing an unexpected error failed", secondFailure);
            return responses.of(ProblemType.INTERNAL, "The server failed to answer this request.", null, null);
        }
    }

    private RestResponse<byte[]> describeUnexpected(Throwable exception, UriInfo uri) {
        if (DatabaseErrors.isTransient(exception)) {
            Log.warnf("Gave up retrying %s after repeated deadlocks or serialization failures", path(uri));
            return responses.of(ProblemType.SERVICE_UNAVAILABLE, "The write kept colliding with concurrent writes; retry it.", uri, null);
        }
        if (DatabaseErrors.isUnavailable(exception)) {
            Log.warnf("Database unavailable for %s: %s", path(uri), DatabaseErrors.rootMessage(exception));
            return responses.unavailable(uri);
        }
        if (DatabaseErrors.isUniqueViolation(exception)) {
            return responses.of(ProblemType.CONFLICT, "The resource conflicts with an existing one.", uri, null);
        }
        Log.errorf(exception, "Unexpected error for %s", path(uri));
        return responses.of(ProblemType.INTERNAL, "The server failed to answer this request.", uri, null);
    }

    /** The path as logs may show it: a preview link's token is replaced. */
    private static String path(UriInfo uri) {
        try {
            return LoggedPaths.redact(uri.getPath());
        } catch (RuntimeException noPath) {
            return "(no path)";
        }
    }

    /** "create.request.tags[0].<list element>" becomes "tags[0]": the field as the client wrote it. */
    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getKind() == ElementKind.PROPERTY) {
                    field.append(field.isEmpty() ? "" : ".").append(node.getName());
                }
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
            }
        }
        return field.toString();
    }
}
