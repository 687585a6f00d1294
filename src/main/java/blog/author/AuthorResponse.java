package blog.author;

import blog.http.LastModified;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author as the API shows them; email only to editors and admins. */
@Schema(name = "Author", description = "An author with the number of their published posts.")
public record AuthorResponse(
        @Schema(description = "Id (UUID v7).", readOnly = true, example = "019abc12-3456-7def-8912-3456789abcde")
        UUID id,
        @Schema(description = "Unique URL slug.", example = "ada-lovelace")
        String slug,
        @Schema(description = "Display name.", example = "Ada Lovelace")
        String name,
        @Schema(description = "Private e-mail; present only for editor and admin tokens.", example = "ada@example.com")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String email,
        @Schema(nullable = true, description = "A short biography.")
        String bio,
        @Schema(nullable = true, description = "URL of a portrait.")
        String avatarUrl,
        @Schema(nullable = true, description = "URL of the author's site.")
        String website,
        @Schema(description = "Number of published posts by this author.", readOnly = true, minimum = "0", example = "7")
        long postCount,
        @Schema(description = "When the author was created.", readOnly = true)
        Instant createdAt,
        @Schema(description = "When the author was last changed.", readOnly = true)
        Instant updatedAt) implements LastModified {

    public static AuthorResponse from(Author author, long postCount, boolean withPrivateFields) {
        return new AuthorResponse(author.id, author.slug, author.name, withPrivateFields ? author.email : null,
                author.bio, author.avatarUrl, author.website, postCount, author.createdAt, author.updatedAt);
    }

    @Override
    public Instant lastModified() {
        return updatedAt;
    }
}
