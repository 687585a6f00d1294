package blog.cache;

/** A public 200 response as it was sent: body and the headers that describe it. */
record CachedResponse(byte[] body, String etag, String lastModified, String cacheControl, String link) {

    int weight() {
        return body.length + 256;
    }
}
