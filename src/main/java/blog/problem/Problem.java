package blog.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response. */
@Schema(name = "Problem", description = "An error, as RFC 9457 problem details (application/problem+json).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, description = "A stable URI identifying the kind of error.", example = "https://blog.example/problems/validation")
        String type,
        @Schema(required = true, description = "A short summary of the kind of error.", example = "Invalid request")
        String title,
        @Schema(required = true, description = "The HTTP status code.", example = "400", minimum = "400", maximum = "599")
        int status,
        @Schema(required = true, description = "What went wrong with this request.", example = "The request has 1 invalid field.")
        String detail,
        @Schema(description = "The path of the request.", example = "/api/v1/posts")
        String instance,
        @Schema(description = "The id of this request, also answered in the X-Request-Id header and written in every log line "
                + "of the request: quote it when you report an error.", example = "3f2b9c0d8e7a4b61a2c5d9e0f1a2b3c4",
                maxLength = 128, pattern = "^[A-Za-z0-9._:-]{1,128}$")
        String requestId,
        @Schema(description = "The offending fields or parameters, for invalid input.")
        List<FieldError> errors) {

    /** One invalid field or query parameter. */
    @Schema(name = "FieldError", description = "An invalid field or query parameter.")
    public record FieldError(
            @Schema(description = "The field (JSON path) or query parameter name.", example = "title")
            String field,
            @Schema(description = "What is wrong with it.", example = "must not be blank")
            String message) {
    }
}
