package blog.http;

import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/**
 * A representation that is not the API's JSON (a feed, a sitemap), written once: its bytes are
 * the body, the input of its ETag and the copy the response cache keeps, like a {@link JsonBody}.
 */
public record Document(byte[] bytes, MediaType mediaType, Instant lastModified) {
}
