package blog.tag;

import blog.http.LastModified;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag as the API shows it. */
@Schema(name = "Tag", description = "A tag with the number of its published posts.")
public record TagResponse(
        @Schema(description = "Id (UUID v7).", readOnly = true, example = "019abc12-3456-7def-8912-3456789abcde")
        UUID id,
        @Schema(description = "Unique URL slug.", example = "getting-started")
        String slug,
        @Schema(description = "Display name.", example = "Getting started")
        String name,
        @Schema(nullable = true, description = "What the tag is about.", example = "First steps with the blog.")
        String description,
        @Schema(description = "Number of published posts with this tag.", readOnly = true, minimum = "0", example = "12")
        long postCount,
        @Schema(description = "When the tag was created.", readOnly = true, example = "2026-11-26T09:00:00Z")
        Instant createdAt,
        @Schema(description = "When the tag was last changed.", readOnly = true, example = "2026-11-26T09:30:00Z")
        Instant updatedAt) implements LastModified {

    public static TagResponse from(Tag tag, long postCount) {
        return new TagResponse(tag.id, tag.slug, tag.name, tag.description, postCount, tag.createdAt, tag.updatedAt);
    }

    @Override
    public Instant lastModified() {
        return updatedAt;
    }
}
