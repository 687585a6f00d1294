package blog.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token as listed: never its secret, except once in the answer that created it. */
@Schema(name = "Token", description = "An API token. `secret` appears once, in the response that created it.")
public record TokenResponse(
        @Schema(description = "Id of the token.", readOnly = true)
        UUID id,
        @Schema(description = "What the token is for.", example = "Ada's laptop")
        String name,
        @Schema(description = "What the token may do.")
        Role role,
        @Schema(nullable = true, description = "The author the token acts for, if any.")
        UUID authorId,
        @Schema(description = "The first characters of the secret, to tell tokens apart.", example = "blog_AbC1…")
        String hint,
        @Schema(description = "The secret; only in the response to POST /tokens. Send it as Authorization: Bearer <secret>.", example = "blog_3kT9…")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String secret,
        @Schema(description = "When the token was created.")
        Instant createdAt,
        @Schema(nullable = true, description = "When the token was last used (to the minute).")
        Instant lastUsedAt,
        @Schema(nullable = true, description = "When the token stops working; null: never.")
        Instant expiresAt,
        @Schema(nullable = true, description = "When the token was revoked; null: not revoked.")
        Instant revokedAt) {

    static TokenResponse from(ApiToken token, String secret) {
        return new TokenResponse(token.id, token.name, token.role, token.authorId, token.secretHint, secret,
                token.createdAt, token.lastUsedAt, token.expiresAt, token.revokedAt);
    }
}
