package blog.post;

import blog.json.Reference;
import blog.json.Urls;
import blog.slug.Slugs;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields of a post, for POST and PUT (and PATCH after merging). */
@Schema(name = "PostRequest", description = "The writable fields of a post. Read-only fields of a GET response (id, html, readingTimeMinutes, createdAt, updatedAt) are accepted and ignored.")
@JsonIgnoreProperties(value = {"id", "html", "readingTimeMinutes", "createdAt", "updatedAt"})
public record PostRequest(
        @Schema(description = "Title, 1–300 characters after trimming.", example = "Hello, world")
        @NotBlank @Size(max = 300)
        String title,
        @Schema(description = "URL slug; generated from the title when absent. An explicit slug that is taken is a 409. On PUT, absent keeps the current slug.", pattern = Slugs.PATTERN, maxLength = 200, example = "hello-world")
        @Size(max = 200) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters and digits separated by single hyphens")
        String slug,
        @Schema(nullable = true, description = "The body in Markdown (CommonMark with GitHub tables, strikethrough and autolinks). Absent or null: empty.", maxLength = PostRequest.MAX_MARKDOWN, example = "# Hello\n\nThis is *my* first post.")
        @Size(max = MAX_MARKDOWN)
        String markdown,
        @Schema(nullable = true, description = "The author's excerpt; absent, null or empty derives one from the text.", maxLength = 1000)
        @Size(max = 1000)
        String excerpt,
        @Schema(description = "draft (default on create), scheduled (needs a future publishedAt) or published. A published post with a future publishedAt is stored as scheduled. On PUT, absent keeps the current status.")
        PostStatus status,
        @Schema(description = "When the post is (or will be) public. Defaults to the moment it is first published. On PUT, absent keeps the current value.", example = "2026-11-26T09:30:00Z")
        Instant publishedAt,
        @Schema(nullable = true, description = "Whether the post is featured; absent or null: false.")
        Boolean featured,
        @Schema(nullable = true, description = "Absolute http(s) URL of the feature image; absent or null: none.", maxLength = 2048, example = "https://images.example/cover.jpg")
        @Size(max = 2048) @Pattern(regexp = Urls.HTTP_URL, message = Urls.HTTP_URL_MESSAGE)
        String featureImage,
        @Schema(nullable = true, description = "Alt text of the feature image; absent or null: none.", maxLength = 300)
        @Size(max = 300)
        String featureImageAlt,
        @Schema(nullable = true, description = "Title for search engines and social cards; absent or null: none.", maxLength = 300)
        @Size(max = 300)
        String metaTitle,
        @Schema(nullable = true, description = "Description for search engines and social cards; absent or null: none.", maxLength = 500)
        @Size(max = 500)
        String metaDescription,
        @Schema(nullable = true, description = "Absolute http(s) URL where the post first appeared, if elsewhere; absent or null: none.", maxLength = 2048)
        @Size(max = 2048) @Pattern(regexp = Urls.HTTP_URL, message = Urls.HTTP_URL_MESSAGE)
        String canonicalUrl,
        @Schema(nullable = true, description = "Ordered tags, each an existing tag's slug or name (case-insensitive) or a new tag's name; the first is the primary tag. Duplicates are dropped. Absent or null: no tags.", maxItems = PostRequest.MAX_TAGS)
        @Size(max = MAX_TAGS)
        List<@NotNull Reference> tags,
        @Schema(nullable = true, description = "Ordered authors by slug or id; the first is the primary author. Absent or null: the token's author on create, the current authors on PUT and PATCH.", maxItems = PostRequest.MAX_AUTHORS)
        @Size(max = MAX_AUTHORS)
        List<@NotNull Reference> authors) {

    public static final int MAX_MARKDOWN = 500_000;
    public static final int MAX_TAGS = 20;
    public static final int MAX_AUTHORS = 10;

    public PostRequest {
        title = title == null ? null : title.strip();
    }
}
