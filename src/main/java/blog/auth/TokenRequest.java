package blog.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a new token is for. */
@Schema(name = "TokenRequest", description = "A token to mint.")
public record TokenRequest(
        @Schema(description = "What the token is for, 1–100 characters.", example = "Ada's laptop")
        @NotBlank @Size(max = 100)
        String name,
        @Schema(description = "What the token may do.")
        @NotNull
        Role role,
        @Schema(description = "The author the token acts for; required for contributor and author tokens.", example = "019abc12-3456-7def-8912-3456789abcde")
        UUID authorId,
        @Schema(description = "When the token stops working; absent: never.", example = "2027-01-01T00:00:00Z")
        Instant expiresAt) {
}
