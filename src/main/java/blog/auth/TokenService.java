package blog.auth;

import blog.database.StoredTime;
import blog.database.UuidV7;
import blog.problem.ApiException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Mints, lists and revokes API tokens; admins only. */
@ApplicationScoped
public class TokenService {

    private final TokenSecrets secrets;
    private final Caller caller;

    TokenService(TokenSecrets secrets, Caller caller) {
        this.secrets = secrets;
        this.caller = caller;
    }

    @Transactional
    public TokenResponse create(TokenRequest request) {
        caller.require(Role.admin, "manage tokens");
        Instant now = StoredTime.now();
        if (request.authorId() == null && !request.role().atLeast(Role.editor)) {
            throw ApiException.invalid("authorId", "is required for " + request.role() + " tokens");
        }
        if (request.authorId() != null && ApiToken.getEntityManager()
                .createNativeQuery("select 1 from authors where id = :id").setParameter("id", request.authorId())
                .getResultList().isEmpty()) {
            throw ApiException.invalid("authorId", "no author has id " + request.authorId());
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            throw ApiException.invalid("expiresAt", "must be in the future");
        }
        String secret = secrets.newSecret();
        ApiToken token = new ApiToken();
        token.id = UuidV7.next();
        token.name = request.name().strip();
        token.role = request.role();
        token.authorId = request.authorId();
        token.secretHash = secrets.hash(secret);
        token.secretHint = TokenSecrets.hint(secret);
        token.createdAt = now;
        token.expiresAt = request.expiresAt();
        token.persist();
        return TokenResponse.from(token, secret);
    }

    @Transactional
    public List<TokenResponse> list() {
        caller.require(Role.admin, "manage tokens");
        return ApiToken.<ApiToken>listAll(Sort.by("createdAt").and("id")).stream()
                .map(token -> TokenResponse.from(token, null)).toList();
    }

    @Transactional
    public TokenResponse get(UUID id) {
        caller.require(Role.admin, "manage tokens");
        return TokenResponse.from(find(id), null);
    }

    /** Revocation takes effect at once: every request looks the token up. */
    @Transactional
    public void revoke(UUID id) {
        caller.require(Role.admin, "manage tokens");
        ApiToken token = find(id);
        if (token.revokedAt == null) {
            token.revokedAt = StoredTime.now();
        }
    }

    private static ApiToken find(UUID id) {
        return ApiToken.<ApiToken>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("The token " + id));
    }
}
