package blog.cache;

import blog.cdn.SurrogateKeyHeaders;
import blog.database.DatabaseErrors;
import blog.http.ETags;
import blog.http.HttpCaching;
import blog.http.ProblemJsonAccept;
import blog.replicas.ReadRouting;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Serves anonymous reads from memory on the event loop, before any worker thread or database is
 * involved, and remembers public responses computed the ordinary way.
 */
public class CacheFilters {

    private static final String KEY = "blog.cache.key";
    private static final String GENERATION = "blog.cache.generation";

    private final ResponseCache cache;
    private final ScheduledPublications scheduled;
    private final ReadRouting routing;

    CacheFilters(ResponseCache cache, ScheduledPublications scheduled, ReadRouting routing) {
        this.cache = cache;
        this.scheduled = scheduled;
        this.routing = routing;
    }

    @ServerRequestFilter(nonBlocking = true, priority = Priorities.AUTHENTICATION - 500)
    public RestResponse<byte[]> serveFromMemory(ContainerRequestContext request, RoutingContext routing) {
        String key = cacheableKey(request);
        if (key == null) {
            return null;
        }
        CachedResponse hit = cache.get(key);
        if (hit != null && !accepts(request, hit.mediaType())) {
            return null;
        }
        if (hit == null) {
            request.setProperty(KEY, key);
            request.setProperty(GENERATION, cache.generation());
            return null;
        }
        boolean notModified = ETags.noneMatchHits(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), hit.etag());
        RestResponse.ResponseBuilder<byte[]> response = RestResponse.ResponseBuilder.<byte[]>create(notModified ? 304 : 200)
                .header(HttpHeaders.ETAG, hit.etag())
                .header(HttpHeaders.CACHE_CONTROL, hit.cacheControl())
                .header(HttpHeaders.VARY, "Authorization")
                .header(HttpHeaders.VARY, ReadRouting.HEADER)
                .header(SurrogateKeyHeaders.SURROGATE_KEY, hit.surrogateKey())
                .header(SurrogateKeyHeaders.CACHE_TAG, hit.cacheTag());
        if (hit.lastModified() != null) {
            response.header(HttpHeaders.LAST_MODIFIED, hit.lastModified());
        }
        if (hit.link() != null) {
            response.header("Link", hit.link());
        }
        if (!notModified) {
            response.entity(hit.body()).type(hit.mediaType());
            HttpCaching.compressIfLarge(routing, hit.body().length);
        }
        return response.build();
    }

    /** Runs after {@link HttpCaching} and {@link SurrogateKeyHeaders} (response filters run in descending priority). */
    @ServerResponseFilter(priority = 4000)
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        Object key = request.getProperty(KEY);
        byte[] body = HttpCaching.sentBytes(response.getEntity());
        if (key == null || response.getStatus() != 200 || body == null || response.getMediaType() == null
                || response.getHeaderString(HttpHeaders.CACHE_CONTROL) == null
                || !response.getHeaderString(HttpHeaders.CACHE_CONTROL).startsWith("public")) {
            return;
        }
        if (!cache.accepting() || cache.needsValidity() && !renewValidity()) {
            return;
        }
        cache.put((String) key, new CachedResponse(body, response.getMediaType(), response.getHeaderString(HttpHeaders.ETAG),
                response.getHeaderString(HttpHeaders.LAST_MODIFIED), response.getHeaderString(HttpHeaders.CACHE_CONTROL),
                response.getHeaderString("Link"), response.getHeaderString(SurrogateKeyHeaders.SURROGATE_KEY),
                response.getHeaderString(SurrogateKeyHeaders.CACHE_TAG)), (Long) request.getProperty(GENERATION), routing.servedPosition());
    }

    /**
     * Reads when the next scheduled post goes public, on the primary; false if it cannot be asked
     * (a failover): the answer, read from a replica, is sent but not kept.
     */
    private boolean renewValidity() {
        long generation = cache.generation();
        try {
            cache.renewValidity(scheduled.next(), generation);
            return true;
        } catch (RuntimeException e) {
            if (DatabaseErrors.isUnavailable(e)) {
                return false;
            }
            throw e;
        }
    }

    private String cacheableKey(ContainerRequestContext request) {
        if (!cache.enabled() || !(request.getMethod().equals("GET") || request.getMethod().equals("HEAD"))
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null || request.getHeaderString(ReadRouting.HEADER) != null) {
            return null;
        }
        java.net.URI uri = request.getUriInfo().getRequestUri();
        return CacheKeys.of(uri.getRawPath(), uri.getRawQuery());
    }

    /** Whether the request accepts what was cached (q=0 and malformed ranges admit nothing); if not, the resource answers. */
    private static boolean accepts(ContainerRequestContext request, MediaType cached) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        return accept == null || ProblemJsonAccept.admits(accept, cached);
    }
}
