package blog.http;

import blog.config.BlogConfig;
import blog.replicas.ReadRouting;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * ETag, Last-Modified and Cache-Control on every representation (JSON, or a {@link Document}),
 * and 304 for a GET whose If-None-Match still matches. A body not yet written as JSON is
 * serialised here, once; its bytes give the ETag and, as the response's {@link JsonBody}, the
 * cached copy.
 */
public class HttpCaching {

    /** Below this, gzip costs more than it saves. */
    static final int COMPRESSION_THRESHOLD_BYTES = 1024;

    private final ETags etags;
    /** Response filters run in descending priority: this one after every other (the cache's runs at 4000). */
    public static final int NOT_MODIFIED_PRIORITY = 1000;
    private final BlogConfig config;

    HttpCaching(ETags etags, BlogConfig config) {
        this.etags = etags;
        this.config = config;
    }

    @ServerResponseFilter
    public void addValidators(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        Object entity = response.getEntity();
        if (entity == null || entity instanceof byte[] || response.getStatus() >= 300) {
            return;
        }
        if (entity instanceof StreamingOutput) {
            compressIfLarge(routing, Integer.MAX_VALUE);   // written as it is read (an export): no validators, compressed
            return;
        }
        Document body = entity instanceof Document document ? document : asJson(entity);
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("ETag", ETags.ofBytes(body.bytes()));
        if (body.lastModified() != null) {
            headers.putSingle("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(body.lastModified().atOffset(ZoneOffset.UTC)));
        }
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        // Any answer given for a token is private: it may show drafts (an invalid token never gets here, it is a 401).
        // A resource that set its own (the changes feed, previews: no-store) keeps it.
        if (!headers.containsKey("Cache-Control")) {
            headers.putSingle("Cache-Control", !read || request.getHeaderString("Authorization") != null
                    ? "private, no-store" : "public, max-age=" + config.http().publicMaxAge());
        }
        headers.add("Vary", "Authorization");
        headers.add("Vary", ReadRouting.HEADER);
        if (entity instanceof Document document) {
            response.setEntity(document, null, document.mediaType());
        } else {
            response.setEntity(entity instanceof JsonBody json ? json : new JsonBody(body.bytes(), body.lastModified()), null,
                    MediaType.APPLICATION_JSON_TYPE);
        }
        compressIfLarge(routing, body.bytes().length);
    }

    /** The entity as the API's JSON: a {@link JsonBody} as it is, anything else serialised here, once. */
    private Document asJson(Object entity) {
        if (entity instanceof JsonBody json) {
            return new Document(json.bytes(), MediaType.APPLICATION_JSON_TYPE, json.lastModified());
        }
        return new Document(etags.serialize(entity), MediaType.APPLICATION_JSON_TYPE,
                entity instanceof LastModified modified ? modified.lastModified() : null);
    }

    /** The bytes a response sends and the cache keeps, for a body this class has written. */
    public static byte[] sentBytes(Object entity) {
        return entity instanceof JsonBody json ? json.bytes() : entity instanceof Document document ? document.bytes() : null;
    }

    /**
     * A GET whose If-None-Match still matches gets a 304, as the last step: the filters before it
     * (the response cache's) see the full answer, so a first request that was conditional still
     * fills the cache.
     */
    @ServerResponseFilter(priority = NOT_MODIFIED_PRIORITY)
    public void answerNotModified(ContainerRequestContext request, ContainerResponseContext response) {
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (read && response.getStatus() == 200 && sentBytes(response.getEntity()) != null
                && ETags.noneMatchHits(request.getHeaderString("If-None-Match"), response.getHeaderString("ETag"))) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /**
     * JSON is left out of quarkus.http.compress-media-types, so Quarkus marks it
     * "Content-Encoding: identity"; dropping that mark lets Vert.x gzip the bodies worth it.
     */
    public static void compressIfLarge(RoutingContext routing, int length) {
        if (length >= COMPRESSION_THRESHOLD_BYTES) {
            routing.response().headers().remove(HttpHeaders.CONTENT_ENCODING);
        }
    }
}
