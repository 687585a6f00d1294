package blog.slug;

import blog.http.PublicCacheControl;
import blog.replicas.ReadRouting;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A lookup by an old slug gets 301 Moved Permanently to the current one. Cacheable like any public
 * read (briefly: a new resource may take the old slug), private for a token.
 */
public class SlugRedirects {

    @Inject
    PublicCacheControl publicCacheControl;

    @ServerExceptionMapper
    public RestResponse<Void> redirect(SlugMoved moved, HttpHeaders headers) {
        boolean anonymous = headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
        return RestResponse.ResponseBuilder.<Void>create(RestResponse.Status.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, moved.location())
                .header(HttpHeaders.CACHE_CONTROL, anonymous ? publicCacheControl.value() : "private, no-store")
                .header(HttpHeaders.VARY, "Authorization")
                .header(HttpHeaders.VARY, ReadRouting.HEADER)
                .build();
    }
}
