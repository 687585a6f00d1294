package blog.http;

import java.time.Instant;

/**
 * A representation written once as JSON: these bytes are the body, the input of its ETag and
 * the copy the response cache keeps.
 */
public record JsonBody(byte[] bytes, Instant lastModified) {

    public static JsonBody of(byte[] bytes) {
        return new JsonBody(bytes, null);
    }
}
