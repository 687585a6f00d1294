package blog.site;

import blog.config.BlogConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The public site's URLs, from its settings: a post's, tag's or author's page (a post's
 * canonicalUrl wins), a preview's page, and this API's own public URLs. Checked at start, so a
 * wrong pattern stops the server instead of filling feeds with broken links.
 */
@ApplicationScoped
@Startup
public class SiteUrls {

    private final String home;
    private final String base;
    private final String apiBase;
    private final String postPattern;
    private final boolean postPatternHasDate;
    private final String tagPattern;
    private final String authorPattern;
    private final String previewPattern;

    SiteUrls(BlogConfig config) {
        BlogConfig.Site site = config.site();
        this.home = absolute("blog.site.url", site.url());
        this.base = withoutTrailingSlash(home);
        this.apiBase = withoutTrailingSlash(absolute("blog.site.api-url", site.apiUrl()));
        this.postPattern = pattern("blog.site.post-path", site.postPath(), "{slug}", "{id}");
        this.postPatternHasDate = postPattern.contains("{year}") || postPattern.contains("{month}") || postPattern.contains("{day}");
        this.tagPattern = pattern("blog.site.tag-path", site.tagPath(), "{slug}");
        this.authorPattern = pattern("blog.site.author-path", site.authorPath(), "{slug}");
        this.previewPattern = pattern("blog.site.preview-path", site.previewPath(), "{token}");
    }

    /** The site's home page, as configured. */
    public String home() {
        return home;
    }

    /** A post's page: its canonicalUrl when it has one, else the site's post pattern filled in. */
    public String post(String id, String slug, Instant publishedAt, String canonicalUrl) {
        return canonicalUrl != null && !canonicalUrl.isBlank() ? canonicalUrl : postPage(id, slug, publishedAt);
    }

    /** The post's page on this site, whatever its canonicalUrl says. */
    public String postPage(String id, String slug, Instant publishedAt) {
        String page = postPattern.replace("{slug}", slug);
        if (page.contains("{id}")) {
            page = page.replace("{id}", id);
        }
        if (postPatternHasDate) {
            ZonedDateTime date = (publishedAt == null ? Instant.EPOCH : publishedAt).atZone(ZoneOffset.UTC);
            page = page.replace("{year}", String.format("%04d", date.getYear()))
                    .replace("{month}", String.format("%02d", date.getMonthValue()))
                    .replace("{day}", String.format("%02d", date.getDayOfMonth()));
        }
        return fill(page);
    }

    /** Whether a post's page depends on its publication date ({year}, {month}, {day}); if not, postPage takes null. */
    public boolean postPageNeedsDate() {
        return postPatternHasDate;
    }

    public String tag(String slug) {
        return fill(tagPattern.replace("{slug}", slug));
    }

    public String author(String slug) {
        return fill(authorPattern.replace("{slug}", slug));
    }

    public String preview(String token) {
        return fill(previewPattern.replace("{token}", token));
    }

    /** Whether a URL is a page of this site (under its URL), as a sitemap of it may list only those. */
    public boolean isOnSite(String url) {
        return url.equals(base) || url.startsWith(base + "/") || url.startsWith(base + "?");
    }

    /** This API's public URL of a path such as {@code /api/v1/feeds/rss}. */
    public String api(String pathAndQuery) {
        return apiBase + pathAndQuery;
    }

    /** The path (and query) of a URL of this site, for a front end's own redirect rules. */
    public static String pathOf(String url) {
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private String fill(String filled) {
        return filled.startsWith("http://") || filled.startsWith("https://") ? filled : base + filled;
    }

    /** Whether a URL is absolute http(s) without query or fragment, as the site's and this API's must be. */
    public static boolean isAbsoluteHttpUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null;
        } catch (URISyntaxException notAUrl) {
            return false;
        }
    }

    private static String absolute(String name, String url) {
        if (!isAbsoluteHttpUrl(url)) {
            throw new IllegalStateException(name + " must be an absolute http(s) URL without query or fragment, not '" + url + "'");
        }
        return URI.create(url.strip()).toString();
    }

    private static String pattern(String name, String pattern, String... oneOf) {
        String stripped = pattern.strip();
        boolean absolute = stripped.startsWith("http://") || stripped.startsWith("https://");
        if (!absolute && !stripped.startsWith("/")) {
            throw new IllegalStateException(name + " must be a path starting with / or an absolute http(s) URL, not '" + pattern + "'");
        }
        for (String placeholder : oneOf) {
            if (stripped.contains(placeholder)) {
                return stripped;
            }
        }
        throw new IllegalStateException(name + " must contain " + String.join(" or ", oneOf) + ": '" + pattern + "'");
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
