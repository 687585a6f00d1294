package blog.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One thing an export file holds, as its reader understood it and as it is staged (as JSON) until
 * a worker applies it. Texts are as the file had them; the worker converts and checks them.
 */
public sealed interface ImportItem {

    /** Authors are applied first, then tags, then the posts that refer to both. */
    int phase();

    String kind();

    /** The item's id in its source: a WordPress post id or login, a Ghost object id, this API's id. */
    String sourceId();

    /** What the progress report calls the item. */
    String title();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Author(String sourceId, String slug, String name, String email, String bio, String avatarUrl, String website,
                  Instant createdAt, Instant updatedAt, List<String> oldSlugs) implements ImportItem {
        public int phase() {
            return 0;
        }

        public String kind() {
            return "author";
        }

        public String title() {
            return name;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Tag(String sourceId, String slug, String name, String description, Instant createdAt, Instant updatedAt,
               List<String> oldSlugs) implements ImportItem {
        public int phase() {
            return 1;
        }

        public String kind() {
            return "tag";
        }

        public String title() {
            return name;
        }
    }

    /**
     * A post. Its body is in exactly one of markdown, html, lexical or mobiledoc; tags and authors
     * are source ids of the file's tags and authors, in order; oldPaths are its paths on the old site;
     * featureImageRef names a file's attachment whose URL is the feature image; oldSlugs (this API's
     * exports) the slugs it had before here.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Post(String sourceId, String title, String slug, String status, Instant publishedAt, Instant createdAt,
                Instant updatedAt, String markdown, String html, String lexical, String mobiledoc, String excerpt,
                Boolean featured, String featureImage, String featureImageAlt, String metaTitle, String metaDescription,
                String canonicalUrl, String featureImageRef, List<String> tags, List<String> authors, List<String> oldPaths,
                List<String> oldSlugs) implements ImportItem {
        public int phase() {
            return 2;
        }

        public String kind() {
            return "post";
        }
    }

    /** Something the file holds that is not imported (a page, a menu item), counted with the reason. */
    record Skipped(String kind, String sourceId, String title, String reason) implements ImportItem {
        public int phase() {
            return 3;
        }
    }
}
