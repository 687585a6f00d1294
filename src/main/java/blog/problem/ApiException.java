package blog.problem;

import java.util.List;

/** An error the API reports on purpose; the problem mapper turns it into problem+json. */
public class ApiException extends RuntimeException {

    public final ProblemType type;
    public final List<Problem.FieldError> errors;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ApiException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
    }

    public static ApiException notFound(String what) {
        return new ApiException(ProblemType.NOT_FOUND, what + " does not exist.");
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(ProblemType.VALIDATION, "Invalid value for '" + field + "': " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }
}
