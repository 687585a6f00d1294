package blog.imports;

import blog.problem.ApiException;
import blog.problem.ProblemType;

/** A file that cannot be imported at all: not well-formed, not the format it claims, or over a limit. */
final class ImportRejected {

    private ImportRejected() {
    }

    static ApiException because(String detail) {
        return new ApiException(ProblemType.MALFORMED_REQUEST, detail);
    }
}
