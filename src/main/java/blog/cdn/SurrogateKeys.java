package blog.cdn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CDN key scheme: the surrogate keys a public response carries, naming what it depends on,
 * and the keys a change purges.
 * <ul>
 * <li>every public response: {@value #EVERYTHING};
 * <li>a post: {@code post-<id>}, and {@code tag-<id>} and {@code author-<id>} for each tag and author it shows;
 * <li>a tag or an author: {@code tag-<id>} or {@code author-<id>}, and {@value #LISTS}, since its
 *     postCount changes with any post;
 * <li>everything else (lists, related posts, feeds, sitemaps, the redirect map and 301s): {@value #LISTS}
 *     and its family: posts-list, tags-list, authors-list, feeds, sitemaps, redirects, or other.
 * </ul>
 * A change to a resource purges {@code <resource>-<id>} and {@value #LISTS} ({@link #purgedBy}).
 */
public final class SurrogateKeys {

    /** Every public response carries it: purging it empties the CDN. */
    public static final String EVERYTHING = "blog";
    /** Every response that shows more than one resource carries it: any change purges it. */
    public static final String LISTS = "lists";

    private static final Pattern SINGLE = Pattern.compile("^/api/v1/(posts|tags|authors)/(?:slug/)?[^/]+$");
    private static final Map<String, String> FAMILIES = Map.of("posts", "posts-list", "tags", "tags-list",
            "authors", "authors-list", "feeds", "feeds", "sitemaps", "sitemaps", "redirects", "redirects");
    private static final Pattern COLLECTION = Pattern.compile("^/api/v1/([a-z]+)");

    private SurrogateKeys() {
    }

    /** The key of one resource: {@code post-<id>}, {@code tag-<id>}, {@code author-<id>}. */
    public static String of(String resource, Object id) {
        return resource + "-" + id;
    }

    /** The keys to purge when a resource changed. */
    public static List<String> purgedBy(String resource, Object id) {
        return List.of(of(resource, id), LISTS);
    }

    /** The same, as a PostgreSQL json array over columns holding the resource (post, tag, author) and its id. */
    public static String purgedBySql(String resourceColumn, String idColumn) {
        return "json_build_array(" + resourceColumn + " || '-' || " + idColumn + ", '" + LISTS + "')";
    }

    /** The keys of a public response to a GET of {@code path}, with its status and (for a 200) its body. */
    static List<String> forResponse(String path, int status, byte[] body) {
        Matcher single = SINGLE.matcher(path);
        EmbeddedIds ids = status == 200 && body != null && single.matches() ? EmbeddedIds.read(body) : null;
        return ids == null ? List.of(EVERYTHING, LISTS, family(path, status)) : forSingle(single.group(1), ids);
    }

    private static List<String> forSingle(String collection, EmbeddedIds ids) {
        if (collection.equals("tags")) {
            return List.of(EVERYTHING, of("tag", ids.id()), LISTS);
        }
        if (collection.equals("authors")) {
            return List.of(EVERYTHING, of("author", ids.id()), LISTS);
        }
        List<String> keys = new ArrayList<>(List.of(EVERYTHING, of("post", ids.id())));
        ids.tagIds().forEach(tag -> keys.add(of("tag", tag)));
        ids.authorIds().forEach(author -> keys.add(of("author", author)));
        return keys;
    }

    private static String family(String path, int status) {
        if (status >= 300 && status < 400) {
            return FAMILIES.get("redirects");
        }
        Matcher collection = COLLECTION.matcher(path);
        return collection.find() ? FAMILIES.getOrDefault(collection.group(1), "other") : "other";
    }
}
