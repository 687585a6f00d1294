package blog.preview;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How long a new preview link works. */
@Schema(name = "PreviewRequest", description = "Optional: when the link stops working.")
public record PreviewRequest(
        @Schema(nullable = true, format = "date-time", description = "When the link stops working: in the future, at most blog.previews.max-lifetime (30 days) away. Absent or null: blog.previews.lifetime (24 hours) from now.", example = "2026-12-07T09:30:00Z")
        Instant expiresAt) {
}
