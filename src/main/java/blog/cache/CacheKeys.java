package blog.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Which requests are cached, under which key: the path and raw query of public API reads. */
final class CacheKeys {

    private static final String POSTS = "/api/v1/posts/";
    private static final String POST_BY_SLUG = POSTS + "slug/";

    private CacheKeys() {
    }

    /** The key of a cacheable read, or null. Single posts are cached only without a query string. */
    static String of(String path, String rawQuery) {
        if (!path.startsWith("/api/v1/posts") && !path.startsWith("/api/v1/tags") && !path.startsWith("/api/v1/authors")) {
            return null;
        }
        if (rawQuery == null || rawQuery.isEmpty()) {
            return path;
        }
        return isSinglePost(path) ? null : path + "?" + rawQuery;
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
