package blog.auth;

import blog.config.BlogConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Resolves a presented bearer token: a bootstrap admin token from configuration, or a stored one. */
@ApplicationScoped
public class TokenAuthenticator {

    private final TokenSecrets secrets;
    private final EntityManager entityManager;
    private final List<byte[]> bootstrapHashes;

    TokenAuthenticator(TokenSecrets secrets, EntityManager entityManager, BlogConfig config) {
        this.secrets = secrets;
        this.entityManager = entityManager;
        this.bootstrapHashes = config.auth().bootstrapTokens().stream()
                .map(String::strip).filter(token -> !token.isEmpty()).map(secrets::hash).toList();
    }

    @Transactional
    public Optional<Caller.Principal> authenticate(String presented) {
        byte[] hash = secrets.hash(presented);
        boolean bootstrap = false;
        for (byte[] candidate : bootstrapHashes) {
            bootstrap |= MessageDigest.isEqual(candidate, hash);
        }
        if (bootstrap) {
            return Optional.of(new Caller.Principal(Role.admin, null, null));
        }
        if (!TokenSecrets.looksLikeToken(presented)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return stored(presented, hash)
                .filter(token -> token.isActive(now))
                .map(token -> {
                    recordUse(token, now);
                    return new Caller.Principal(token.role, token.authorId, token.id);
                });
    }

    /** The token with this hash; or one hashed with the key before the last rotation, hashed again with the current key. */
    private Optional<ApiToken> stored(String presented, byte[] hash) {
        Optional<ApiToken> current = ApiToken.findByHash(hash).filter(token -> MessageDigest.isEqual(token.secretHash, hash));
        if (current.isPresent()) {
            return current;
        }
        return secrets.previousHash(presented)
                .flatMap(previous -> ApiToken.findByHash(previous).filter(token -> MessageDigest.isEqual(token.secretHash, previous)))
                .map(token -> {
                    token.secretHash = hash;
                    return token;
                });
    }

    /** At most one write a minute per token, so reads do not turn into writes. */
    private void recordUse(ApiToken token, Instant now) {
        entityManager.createNativeQuery("""
                update api_tokens set last_used_at = :now
                where id = :id and (last_used_at is null or last_used_at < cast(:now as timestamptz) - interval '1 minute')""")
                .setParameter("now", now)
                .setParameter("id", token.id)
                .executeUpdate();
    }
}
