package blog.preview;

import static blog.database.StoredTime.now;

import blog.auth.Caller;
import blog.config.BlogConfig;
import blog.database.UuidV7;
import blog.problem.ApiException;
import blog.site.SiteUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Preview links: unguessable tokens (256 random bits) that show one post as it is now to
 * whoever holds them, until they expire or are revoked. Only their SHA-256 is stored.
 */
@ApplicationScoped
public class Previews {

    static final String TOKEN_PATTERN = "^prv_[A-Za-z0-9_-]{43}$";
    private static final Pattern TOKEN = Pattern.compile(TOKEN_PATTERN);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entityManager;
    private final Caller caller;
    private final SiteUrls site;
    private final BlogConfig config;

    Previews(EntityManager entityManager, Caller caller, SiteUrls site, BlogConfig config) {
        this.entityManager = entityManager;
        this.caller = caller;
        this.site = site;
        this.config = config;
    }

    /** Mints a link for a post the caller may edit (checked by the caller of this method). */
    @Transactional
    public PreviewResponse create(UUID postId, PreviewRequest request) {
        Instant now = now();
        Instant expiresAt = expiry(request == null ? null : request.expiresAt(), now);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "prv_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UuidV7.next();
        entityManager.createNativeQuery("delete from post_previews where post_id = :post and expires_at <= :now")
                .setParameter("post", postId).setParameter("now", now).executeUpdate();
        entityManager.createNativeQuery("""
                insert into post_previews (id, post_id, token_hash, created_by_author_id, created_at, expires_at)
                values (:id, :post, :hash, :author, :now, :expires)""")
                .setParameter("id", id).setParameter("post", postId).setParameter("hash", hash(token))
                .setParameter("author", caller.authorId()).setParameter("now", now).setParameter("expires", expiresAt)
                .executeUpdate();
        return new PreviewResponse(id, postId, token, site.preview(token), site.api("/api/v1/previews/" + token),
                caller.authorId(), now, expiresAt);
    }

    @Transactional
    public PreviewList list(UUID postId) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                select id, created_by_author_id, created_at, expires_at from post_previews
                where post_id = :post and expires_at > now() order by created_at desc, id desc""", Tuple.class)
                .setParameter("post", postId).getResultList();
        return new PreviewList(rows.stream().map(row -> new PreviewResponse(row.get(0, UUID.class), postId, null, null, null,
                row.get(1, UUID.class), instant(row.get(2)), instant(row.get(3)))).toList());
    }

    @Transactional
    public void revoke(UUID postId, UUID previewId) {
        int deleted = entityManager.createNativeQuery("delete from post_previews where id = :id and post_id = :post")
                .setParameter("id", previewId).setParameter("post", postId).executeUpdate();
        if (deleted == 0) {
            throw ApiException.notFound("The preview " + previewId + " of the post " + postId);
        }
    }

    /** The post a token shows, if the token is one and still works. */
    @Transactional
    public Optional<UUID> postOf(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return entityManager.createNativeQuery("select post_id from post_previews where token_hash = :hash and expires_at > now()", UUID.class)
                .setParameter("hash", hash(token)).getResultStream().findFirst();
    }

    private Instant expiry(Instant requested, Instant now) {
        if (requested == null) {
            return now.plus(config.previews().lifetime());
        }
        if (!requested.isAfter(now) || requested.isAfter(now.plus(config.previews().maxLifetime()))) {
            throw ApiException.invalid("expiresAt", "must be in the future and at most " + config.previews().maxLifetime().toDays() + " days away");
        }
        return requested;
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
