package blog.json;

import blog.problem.ApiException;
import blog.problem.Problem;
import blog.problem.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;

/** Explains a request body that Jackson could not read, naming the offending field. */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static ApiException toApiException(JsonProcessingException exception) {
        if (exception instanceof UnrecognizedPropertyException unknown) {
            String field = JsonPaths.of(unknown);
            return new ApiException(ProblemType.VALIDATION, "Unknown field '" + field + "'.",
                    List.of(new Problem.FieldError(field, "unknown field")));
        }
        if (exception instanceof JsonMappingException mapping && mapping.getCause() instanceof ApiException api) {
            return api;
        }
        if (exception instanceof JsonMappingException mapping && !JsonPaths.of(mapping).isEmpty()) {
            String field = JsonPaths.of(mapping);
            String message = message(mapping);
            return new ApiException(ProblemType.VALIDATION, "Invalid value for '" + field + "': " + message,
                    List.of(new Problem.FieldError(field, message)));
        }
        if (exception instanceof MismatchedInputException) {
            return new ApiException(ProblemType.MALFORMED_REQUEST, "The request body must be a JSON object.");
        }
        String location = exception.getLocation() == null ? ""
                : " (line " + exception.getLocation().getLineNr() + ", column " + exception.getLocation().getColumnNr() + ")";
        return new ApiException(ProblemType.MALFORMED_REQUEST, "The request body is not well-formed JSON" + location + ".");
    }

    private static String message(JsonMappingException exception) {
        if (exception.getCause() instanceof IllegalArgumentException invalid && invalid.getMessage() != null) {
            return invalid.getMessage();
        }
        if (exception instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "must be one of " + JsonPaths.enumValues(invalid.getTargetType());
        }
        if (exception instanceof MismatchedInputException mismatch) {
            return "must be " + JsonPaths.expectedType(mismatch.getTargetType());
        }
        return "has an invalid value";
    }
}
