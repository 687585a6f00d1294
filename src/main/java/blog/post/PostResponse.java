package blog.post;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A post as the API shows it: the shape the document promises, which {@link PostJson} writes. */
@Schema(name = "Post", description = "A blog post. Lists leave out markdown and html unless `fields` asks for them.")
public record PostResponse(
        @Schema(description = "Id (UUID v7).", readOnly = true, example = "019abc12-3456-7def-8912-3456789abcde")
        UUID id,
        @Schema(description = "Unique URL slug.", example = "hello-world")
        String slug,
        @Schema(description = "Title.", example = "Hello, world")
        String title,
        @Schema(nullable = true, description = "The body in Markdown, the source of truth.", example = "# Hello\n\nThis is *my* first post.")
        String markdown,
        @Schema(nullable = true, description = "The body rendered from markdown and sanitised: no scripts, event handlers, javascript: URLs or frames.", readOnly = true, example = "<h1>Hello</h1>\n<p>This is <em>my</em> first post.</p>\n")
        String html,
        @Schema(description = "The author's excerpt, or the first ~50 words of the text.", example = "Hello This is my first post.")
        String excerpt,
        @Schema(description = "Estimated reading time: words / 265, rounded up.", readOnly = true, minimum = "1", example = "4")
        int readingTimeMinutes,
        @Schema(description = "Publication state; a scheduled post reads as published once publishedAt has passed.")
        PostStatus status,
        @Schema(nullable = true, description = "When the post is (or will be) public; null for a draft never published.", example = "2026-11-26T09:30:00Z")
        Instant publishedAt,
        @Schema(description = "Whether the post is featured.")
        boolean featured,
        @Schema(nullable = true, description = "Absolute http(s) URL of the feature image.", example = "https://images.example/cover.jpg")
        String featureImage,
        @Schema(nullable = true, description = "Alt text of the feature image.")
        String featureImageAlt,
        @Schema(nullable = true, description = "Title for search engines and social cards.")
        String metaTitle,
        @Schema(nullable = true, description = "Description for search engines and social cards.")
        String metaDescription,
        @Schema(nullable = true, description = "Canonical URL when the post first appeared elsewhere.")
        String canonicalUrl,
        @Schema(description = "Ordered tags; the first is the primary tag.")
        List<TagSummary> tags,
        @Schema(description = "Ordered authors; the first is the primary author.")
        List<AuthorSummary> authors,
        @Schema(description = "When the post was created.", readOnly = true, example = "2026-11-26T09:00:00Z")
        Instant createdAt,
        @Schema(description = "When the post was last changed.", readOnly = true, example = "2026-11-26T09:30:00Z")
        Instant updatedAt) {
}
