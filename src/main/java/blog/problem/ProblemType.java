package blog.problem;

/** The kinds of error the API reports, each with a stable type URI. */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request"),
    VALIDATION(400, "validation", "Invalid request"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency key reused"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    INTERNAL(500, "internal", "Internal error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable");

    public static final String BASE_URI = "https://blog.example/problems/";

    public final int status;
    public final String uri;
    public final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.uri = BASE_URI + slug;
        this.title = title;
    }

    /** The kind for a status that a framework reported, such as 405 from routing. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
