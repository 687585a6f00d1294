package blog.http;

import blog.config.BlogConfig;
import jakarta.inject.Singleton;

/**
 * The Cache-Control of anonymous reads, from blog.http: max-age for every cache, s-maxage for
 * shared ones (CDNs that purge by surrogate key) when set, and the stale-* grace periods (RFC 5861)
 * unless they are 0.
 */
@Singleton
public class PublicCacheControl {

    private final String value;

    PublicCacheControl(BlogConfig config) {
        BlogConfig.Http http = config.http();
        StringBuilder value = new StringBuilder("public, max-age=").append(http.publicMaxAge());
        http.sharedMaxAge().ifPresent(seconds -> value.append(", s-maxage=").append(seconds));
        if (http.staleWhileRevalidate() > 0) {
            value.append(", stale-while-revalidate=").append(http.staleWhileRevalidate());
        }
        if (http.staleIfError() > 0) {
            value.append(", stale-if-error=").append(http.staleIfError());
        }
        this.value = value.toString();
    }

    /** The header's value. */
    public String value() {
        return value;
    }
}
