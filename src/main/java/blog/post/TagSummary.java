package blog.post;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag as it appears inside a post. */
@Schema(name = "TagSummary", description = "A tag of a post.")
public record TagSummary(
        @Schema(description = "Id of the tag.", readOnly = true, example = "019abc12-3456-7def-8912-3456789abcde")
        UUID id,
        @Schema(description = "URL slug of the tag.", example = "getting-started")
        String slug,
        @Schema(description = "Display name of the tag.", example = "Getting started")
        String name) {
}
