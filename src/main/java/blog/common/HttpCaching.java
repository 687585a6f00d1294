package blog.common;

import blog.auth.Caller;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * ETag, Last-Modified and Cache-Control on every JSON representation, and 304 for a GET whose
 * If-None-Match still matches. The body is serialised once, here, and its digest is the ETag.
 */
public class HttpCaching {

    private final ETags etags;
    private final Caller caller;
    private final BlogConfig config;

    HttpCaching(ETags etags, Caller caller, BlogConfig config) {
        this.etags = etags;
        this.caller = caller;
        this.config = config;
    }

    @ServerResponseFilter
    public void addValidators(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null || entity instanceof byte[] || response.getStatus() >= 300) {
            return;
        }
        byte[] body = etags.serialize(entity);
        String etag = ETags.ofBytes(body);
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("ETag", etag);
        if (entity instanceof LastModified modified && modified.lastModified() != null) {
            headers.putSingle("Last-Modified",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.lastModified().atOffset(ZoneOffset.UTC)));
        }
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        headers.putSingle("Cache-Control", !read || caller.isAuthenticated()
                ? "private, no-store" : "public, max-age=" + config.http().publicMaxAge());
        headers.add("Vary", "Authorization");
        if (read && ETags.noneMatchHits(request.getHeaderString("If-None-Match"), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        response.setEntity(body, null, MediaType.APPLICATION_JSON_TYPE);
    }
}
