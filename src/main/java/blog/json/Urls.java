package blog.json;

/** Patterns for URL fields. */
public final class Urls {

    /** An absolute http(s) URL without whitespace. */
    public static final String HTTP_URL = "^https?://[^\\s/?#]+[^\\s]*$";
    public static final String HTTP_URL_MESSAGE = "must be an absolute http or https URL";

    private Urls() {
    }
}
