package blog.http;

import java.time.Instant;

/** A representation that knows when it last changed, for the Last-Modified header. */
public interface LastModified {

    Instant lastModified();
}
