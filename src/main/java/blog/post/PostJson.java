package blog.post;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A post as PostgreSQL writes it in JSON: one SQL expression per field of {@link PostResponse},
 * in its order, over a row {@code p} of posts, whose bodies, tags and authors the database keeps
 * written as JSON on the row (migrations V8 and V10). Every read of a post goes through these, so a post has one
 * representation (and one ETag) whether it is read, listed or just written.
 */
final class PostJson {

    /** Who may read a post when the caller may not read unpublished ones. */
    static final String IS_PUBLIC = "p.status <> 'draft' and p.listed_at <= now()";
    /** A scheduled post changes (to published) at published_at without being written. */
    static final String LAST_MODIFIED = "case when p.status <> 'draft' and p.published_at <= now()"
            + " and p.published_at > p.updated_at then p.published_at else p.updated_at end";

    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("id", "p.id");
        COLUMNS.put("slug", "p.slug");
        COLUMNS.put("title", "p.title");
        COLUMNS.put("markdown", "p.markdown_json");
        COLUMNS.put("html", "p.html_json");
        COLUMNS.put("excerpt", "p.excerpt");
        COLUMNS.put("readingTimeMinutes", "p.reading_time_minutes");
        COLUMNS.put("status", "case when p.status = 'scheduled' and p.published_at <= now() then 'published' else p.status end");
        COLUMNS.put("publishedAt", "api_time(p.published_at)");
        COLUMNS.put("featured", "p.featured");
        COLUMNS.put("featureImage", "p.feature_image");
        COLUMNS.put("featureImageAlt", "p.feature_image_alt");
        COLUMNS.put("metaTitle", "p.meta_title");
        COLUMNS.put("metaDescription", "p.meta_description");
        COLUMNS.put("canonicalUrl", "p.canonical_url");
        COLUMNS.put("tags", "p.tags_json");
        COLUMNS.put("authors", "p.authors_json");
        COLUMNS.put("createdAt", "api_time(p.created_at)");
        COLUMNS.put("updatedAt", "api_time(p.updated_at)");
    }

    private PostJson() {
    }

    /** The fields a post has, in the order its JSON writes them. */
    static Collection<String> fields() {
        return COLUMNS.keySet();
    }

    /** A select list whose columns are these fields, named as the JSON names them, for row_to_json. */
    static String columns(Collection<String> fields) {
        return COLUMNS.entrySet().stream().filter(column -> fields.contains(column.getKey()))
                .map(column -> column.getValue() + " as \"" + column.getKey() + '"')
                .collect(Collectors.joining(", "));
    }
}
