package blog.cache;

import blog.slug.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Which requests are cached, under which key: the path and raw query of public API reads. */
final class CacheKeys {

    private static final String POSTS = "/api/v1/posts/";
    private static final String POST_BY_SLUG = POSTS + "slug/";

    private CacheKeys() {
    }

    /**
     * The key of a cacheable read, or null. A single post is cached only under the path a write
     * evicts (its id in lowercase, or its slug as stored), without a query string: another
     * spelling of the same post (an uppercase id, an escaped slug) would outlive its write.
     */
    static String of(String path, String rawQuery) {
        if (!path.startsWith("/api/v1/posts") && !path.startsWith("/api/v1/tags") && !path.startsWith("/api/v1/authors")) {
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

    static boolean isSinglePost(String key) {
        return key.startsWith(POSTS) && key.length() > POSTS.length();
    }

    static List<String> forPost(UUID id, List<String> slugs) {
        List<String> keys = new ArrayList<>();
        keys.add(POSTS + id);
        slugs.stream().filter(slug -> slug != null).forEach(slug -> keys.add(POST_BY_SLUG + slug));
        return keys;
    }
}
