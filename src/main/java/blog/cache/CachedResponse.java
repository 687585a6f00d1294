package blog.cache;

import jakarta.ws.rs.core.MediaType;

/** A public 200 response as it was sent: body and the headers that describe it. */
record CachedResponse(byte[] body, MediaType mediaType, String etag, String lastModified, String cacheControl, String link,
        String surrogateKey, String cacheTag) {

    int weight() {
        return body.length + 256;
    }
}
