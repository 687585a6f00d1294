package blog.cache;

import blog.slug.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Which requests are cached, under which key: the path and raw query of public API reads. */
final class CacheKeys {

    private static final String POSTS = "/api/v1/posts/";
    private static final String POST_BY_SLUG = POSTS + "slug/";
    private static final List<String> PUBLIC_READS = List.of("/api/v1/posts", "/api/v1/tags", "/api/v1/authors",
            "/api/v1/feeds/", "/api/v1/sitemaps/", "/api/v1/redirects");

    private CacheKeys() {
    }

    /**
     * The key of a cacheable read, or null. A single post is cached only under the path a write
     * evicts (its id in lowercase, or its slug as stored), without a query string: another
     * spelling of the same post (an uppercase id, an escaped slug) would outlive its write.
     */
    static String of(String path, String rawQuery) {
        if (PUBLIC_READS.stream().noneMatch(path::startsWith)) {
            return null;
        }
        boolean withoutQuery = rawQuery == null || rawQuery.isEmpty();
        if (isSinglePost(path)) {
            return withoutQuery && isCanonicalSinglePost(path) ? path : null;
        }
        return withoutQuery ? path : path + "?" + rawQuery;
    }

    private static boolean isCanonicalSinglePost(String path) {
        if (path.startsWith(POST_BY_SLUG)) {
            return Slugs.isValid(path.substring(POST_BY_SLUG.length()));
        }
        String id = path.substring(POSTS.length());
        try {
            return UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }

    /** A post by id or slug; what lies below one (its related posts) is a collection: other posts' writes change it. */
    static boolean isSinglePost(String key) {
        if (!key.startsWith(POSTS) || key.length() == POSTS.length()) {
            return false;
        }
        String rest = key.startsWith(POST_BY_SLUG) ? key.substring(POST_BY_SLUG.length()) : key.substring(POSTS.length());
        return rest.indexOf('/') < 0 && rest.indexOf('?') < 0;
    }

    static List<String> forPost(UUID id, List<String> slugs) {
        List<String> keys = new ArrayList<>();
        keys.add(POSTS + id);
        slugs.stream().filter(slug -> slug != null).forEach(slug -> keys.add(POST_BY_SLUG + slug));
        return keys;
    }
}
