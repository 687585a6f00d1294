package blog.export;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of GET /api/v1/export; written row by row by {@link ExportWriter}. */
@Schema(name = "Export", description = "The whole blog. Fields come in this order; a reader can stream the arrays.")
public record ExportDocument(
        @Schema(required = true, description = "Always " + ExportFormat.NAME + ".", enumeration = ExportFormat.NAME) String format,
        @Schema(required = true, description = "Version of the format.", minimum = "1", maximum = "1") int version,
        @Schema(required = true, description = "Every author, by id.") List<Author> authors,
        @Schema(required = true, description = "Every tag, by id.") List<Tag> tags,
        @Schema(required = true, description = "Every post (drafts and scheduled ones too), by id.") List<Post> posts) {

    @Schema(name = "ExportedAuthor", description = "An author with every stored field except tokens.")
    public record Author(
            @Schema(required = true, format = "uuid", description = "Id, kept by an import of this document.") String id,
            @Schema(required = true, maxLength = 120, description = "URL slug.") String slug,
            @Schema(required = true, maxLength = 100, description = "Display name.") String name,
            @Schema(nullable = true, maxLength = 254, description = "Private e-mail address.") String email,
            @Schema(nullable = true, maxLength = 2000, description = "A short biography.") String bio,
            @Schema(nullable = true, maxLength = 2048, description = "URL of a portrait.") String avatarUrl,
            @Schema(nullable = true, maxLength = 2048, description = "URL of the author's site.") String website,
            @Schema(required = true, format = "date-time", description = "When the author was created.") String createdAt,
            @Schema(required = true, format = "date-time", description = "When the author last changed.") String updatedAt,
            @Schema(required = true, description = "Slugs it had before; they redirect to it.") List<String> oldSlugs) {
    }

    @Schema(name = "ExportedTag", description = "A tag.")
    public record Tag(
            @Schema(required = true, format = "uuid", description = "Id, kept by an import of this document.") String id,
            @Schema(required = true, maxLength = 120, description = "URL slug.") String slug,
            @Schema(required = true, maxLength = 100, description = "Name, unique ignoring case.") String name,
            @Schema(nullable = true, description = "Description.") String description,
            @Schema(required = true, format = "date-time", description = "When the tag was created.") String createdAt,
            @Schema(required = true, format = "date-time", description = "When the tag last changed.") String updatedAt,
            @Schema(required = true, description = "Slugs it had before; they redirect to it.") List<String> oldSlugs) {
    }

    @Schema(name = "ExportedPost", description = "A post with its Markdown; tags and authors by id, in order.")
    public record Post(
            @Schema(required = true, format = "uuid", description = "Id, kept by an import of this document.") String id,
            @Schema(required = true, maxLength = 200, description = "URL slug.") String slug,
            @Schema(required = true, maxLength = 300, description = "Title.") String title,
            @Schema(required = true, description = "draft, scheduled (still ahead) or published.", enumeration = {"draft", "scheduled", "published"}) String status,
            @Schema(nullable = true, format = "date-time", description = "When the post is (or will be) public; a draft may keep one.") String publishedAt,
            @Schema(required = true, format = "date-time", description = "When the post was created.") String createdAt,
            @Schema(required = true, format = "date-time", description = "When the post last changed.") String updatedAt,
            @Schema(required = true, description = "Whether the post is featured.") boolean featured,
            @Schema(nullable = true, maxLength = 2048, description = "URL of the feature image.") String featureImage,
            @Schema(nullable = true, maxLength = 300, description = "Alt text of the feature image.") String featureImageAlt,
            @Schema(nullable = true, maxLength = 300, description = "Title for search engines and social cards.") String metaTitle,
            @Schema(nullable = true, maxLength = 500, description = "Description for search engines and social cards.") String metaDescription,
            @Schema(nullable = true, maxLength = 2048, description = "Where the post first appeared, if elsewhere.") String canonicalUrl,
            @Schema(nullable = true, description = "The author's own excerpt; null when it is derived from the text.", maxLength = 1000) String excerpt,
            @Schema(required = true, description = "Tag ids, primary first.") List<String> tags,
            @Schema(required = true, description = "Author ids, primary first.") List<String> authors,
            @Schema(required = true, description = "Slugs it had while public; they redirect to it.") List<String> oldSlugs,
            @Schema(required = true, description = "The body.", maxLength = 500000) String markdown) {
    }
}
