package blog.http;

import jakarta.ws.rs.WebApplicationException;

/** Client-facing wording for errors that routing and content negotiation raise. */
final class FrameworkErrors {

    private FrameworkErrors() {
    }

    static String detail(int status, WebApplicationException exception) {
        return switch (status) {
            case 400 -> "The request is not valid.";
            case 401 -> "A valid bearer token is required.";
            case 403 -> "The token does not allow this action.";
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed here; see the Allow header.";
            case 406 -> "This resource is not available in a media type that Accept admits (application/json for most; feeds and sitemaps have their own).";
            case 413 -> "The request body is larger than the limit.";
            case 415 -> "Send the request body as application/json"
                    + (exception.getMessage() != null && exception.getMessage().contains("merge-patch")
                    ? " or application/merge-patch+json." : ".");
            default -> status >= 500 ? "The server failed to answer this request." : "The request cannot be served.";
        };
    }
}
