package blog.preview;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A preview link; the token (and so the URLs) only in the answer that created it. */
@Schema(name = "Preview", description = "A preview link of one post. token, url and apiUrl appear only in the answer that creates it: keep them then.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PreviewResponse(
        @Schema(required = true, description = "Id of the link, to revoke it.") UUID id,
        @Schema(required = true, description = "The post it shows.") UUID postId,
        @Schema(description = "The secret that reads the post: GET /api/v1/previews/{token}. Only in the answer to POST.", pattern = Previews.TOKEN_PATTERN) String token,
        @Schema(description = "The front end's preview page for this token (setting blog.site.preview-path). Only in the answer to POST.", format = "uri") String url,
        @Schema(description = "This API's URL that answers the post for this token. Only in the answer to POST.", format = "uri") String apiUrl,
        @Schema(nullable = true, description = "The author whose token created it; null for an admin token of the configuration.") UUID createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, description = "When the link stops working.") Instant expiresAt) {
}
