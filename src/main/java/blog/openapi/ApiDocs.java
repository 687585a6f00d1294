package blog.openapi;

/** Texts shared by OpenAPI annotations. */
public final class ApiDocs {

    public static final String LIMIT = "Items per page, 1–100. Anything else is a 400.";
    public static final String PAGE = "1-based page number; the response then has total and totalPages. Deep pages are slower than cursors.";
    public static final String CURSOR = "Opaque cursor from page.nextCursor or page.prevCursor; fast at any depth. Not combinable with page.";
    public static final String IF_MATCH = "Apply the change only if the resource still has this ETag; otherwise 412.";
    public static final String IF_NONE_MATCH = "ETag of a cached copy; an unchanged resource answers 304 without a body.";
    public static final String BEARER = "bearerAuth";
    public static final String MOVED = "Moved permanently: the slug is one this resource had before. Location gives its current URL; "
            + "a chain of renames leads straight to the last slug. A post's slug redirects only if it was public under it, and only while the post is.";
    public static final String MOVED_LOCATION = "The resource's current URL: /api/v1/{posts|tags|authors}/slug/{current}.";
    /** Cursors are unpadded base64url. */
    public static final String CURSOR_PATTERN = "^[A-Za-z0-9_-]+$";
    public static final String IDEMPOTENCY_KEY = "A unique key per intended create (1–255 visible ASCII characters). A retry with the same key and body replays the first answer instead of creating again; the same key with another body is a 422. Keys are kept 24 hours.";

    private ApiDocs() {
    }
}
