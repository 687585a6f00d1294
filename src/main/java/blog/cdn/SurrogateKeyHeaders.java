package blog.cdn;

import blog.http.HttpCaching;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Names what each public response depends on ({@link SurrogateKeys}) in the headers CDNs purge by:
 * Surrogate-Key, space separated (Fastly, Varnish), and Cache-Tag, comma separated (Cloudflare).
 * Private responses and errors carry none.
 */
public class SurrogateKeyHeaders {

    public static final String SURROGATE_KEY = "Surrogate-Key";
    public static final String CACHE_TAG = "Cache-Tag";
    /** Response filters run in descending priority: after HttpCaching's validators (5000), before the response cache remembers (4000). */
    static final int PRIORITY = 4500;

    @ServerResponseFilter(priority = PRIORITY)
    public void addKeys(ContainerRequestContext request, ContainerResponseContext response) {
        // Read through getHeaders(): getHeaderString keeps a copy of the headers that misses those put after it.
        Object cacheControl = response.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL);
        // A response served from memory brought its keys along.
        if (cacheControl == null || !cacheControl.toString().startsWith("public") || response.getHeaders().containsKey(SURROGATE_KEY)) {
            return;
        }
        List<String> keys = SurrogateKeys.forResponse(request.getUriInfo().getRequestUri().getRawPath(), response.getStatus(),
                HttpCaching.sentBytes(response.getEntity()));
        response.getHeaders().putSingle(SURROGATE_KEY, String.join(" ", keys));
        response.getHeaders().putSingle(CACHE_TAG, String.join(",", keys));
    }
}
