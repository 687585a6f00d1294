package blog.auth;

import blog.idempotency.IdempotencyScope;
import blog.problem.ApiException;
import blog.problem.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.UUID;

/** Who is calling: anonymous, or the holder of a valid token with its role and author. */
@RequestScoped
public class Caller implements IdempotencyScope {

    private Role role;
    private UUID authorId;
    private UUID tokenId;

    public boolean isAuthenticated() {
        return role != null;
    }

    /** Any valid token may read drafts and scheduled posts; the public sees published content only. */
    public boolean canReadUnpublished() {
        return role != null;
    }

    public boolean has(Role needed) {
        return role != null && role.atLeast(needed);
    }

    /** The author the token acts for; null for the bootstrap admin token. */
    public UUID authorId() {
        return authorId;
    }

    /** Keys belong to the token that sent them, so two clients never share one. */
    @Override
    public String idempotencyScope() {
        return tokenId != null ? tokenId.toString() : "bootstrap";
    }

    public UUID tokenId() {
        return tokenId;
    }

    public boolean isOneOf(Collection<UUID> authorIds) {
        return authorId != null && authorIds.contains(authorId);
    }

    public void require(Role needed, String action) {
        if (role == null) {
            throw new ApiException(ProblemType.UNAUTHORIZED, "This request needs an 'Authorization: Bearer <token>' header.");
        }
        if (!role.atLeast(needed)) {
            throw forbidden("A " + role + " token cannot " + action + "; it needs the " + needed + " role.");
        }
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }

    /** For start-up tasks of the server itself, such as loading sample content. */
    public void actAsBootstrapAdmin() {
        authenticate(new Principal(Role.admin, null, null));
    }

    void authenticate(Principal principal) {
        this.role = principal.role();
        this.authorId = principal.authorId();
        this.tokenId = principal.tokenId();
    }

    /** The holder of a valid token. */
    public record Principal(Role role, UUID authorId, UUID tokenId) {
    }
}
