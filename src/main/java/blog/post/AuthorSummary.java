package blog.post;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author as they appear on a post. */
@Schema(name = "AuthorSummary", description = "An author of a post.")
public record AuthorSummary(
        @Schema(description = "Id of the author.", readOnly = true, example = "019abc12-3456-7def-8912-3456789abcde")
        UUID id,
        @Schema(description = "URL slug of the author.", example = "ada-lovelace")
        String slug,
        @Schema(description = "Display name.", example = "Ada Lovelace")
        String name) {
}
