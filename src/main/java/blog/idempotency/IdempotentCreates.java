package blog.idempotency;

import blog.config.BlogConfig;
import blog.http.ETags;
import blog.http.JsonBody;
import blog.problem.ApiException;
import blog.problem.Problem;
import blog.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Idempotency-Key on POST, as Stripe does it: the key is claimed in the same transaction as the
 * create, so a retry (even a concurrent one, which waits on the key's row) replays the stored
 * answer instead of creating again; the same key with another body is a 422.
 */
@ApplicationScoped
public class IdempotentCreates {

    public static final String HEADER = "Idempotency-Key";
    public static final String KEY_PATTERN = "^[\\x21-\\x7E]{1,255}$";
    private static final Pattern VALID_KEY = Pattern.compile(KEY_PATTERN);

    private final EntityManager entityManager;
    private final ETags etags;
    private final IdempotencyScope scope;
    private final Duration retention;

    IdempotentCreates(EntityManager entityManager, ETags etags, IdempotencyScope scope, BlogConfig config) {
        this.entityManager = entityManager;
        this.etags = etags;
        this.scope = scope;
        this.retention = config.idempotency().retention();
    }

    /** What a create made: where it lives now, and its representation. */
    public record Created<T>(URI location, T body) {
    }

    /** Runs {@code create} once per key; without a key it simply runs it. */
    @Transactional
    public <T> RestResponse<T> create(String key, Object request, Supplier<Created<T>> create) {
        if (key == null) {
            Created<T> created = create.get();
            return RestResponse.ResponseBuilder.<T>created(created.location()).entity(created.body()).build();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new ApiException(ProblemType.VALIDATION, "The Idempotency-Key header must be 1–255 visible ASCII characters.",
                    List.of(new Problem.FieldError(HEADER, "must be 1–255 visible ASCII characters")));
        }
        byte[] requestHash = sha256(etags.serialize(request));
        Instant now = Instant.now();
        entityManager.createNativeQuery("delete from idempotency_keys where created_at < :cutoff")
                .setParameter("cutoff", now.minus(retention)).executeUpdate();
        int claimed = entityManager.createNativeQuery("""
                insert into idempotency_keys (caller, key, request_hash, created_at)
                values (:caller, :key, :hash, :now) on conflict do nothing""")
                .setParameter("caller", scope.idempotencyScope()).setParameter("key", key)
                .setParameter("hash", requestHash).setParameter("now", now)
                .executeUpdate();
        if (claimed == 0) {
            return replay(key, requestHash);
        }
        Created<T> created = create.get();
        URI uri = created.location();
        byte[] body = etags.serialize(created.body());
        entityManager.createNativeQuery("""
                update idempotency_keys set status = 201, location = :location, body = :body
                where caller = :caller and key = :key""")
                .setParameter("location", uri.toString())
                .setParameter("body", body).setParameter("caller", scope.idempotencyScope()).setParameter("key", key)
                .executeUpdate();
        return RestResponse.ResponseBuilder.<T>created(uri).entity(created.body()).build();
    }

    /** The stored answer, its body sent as it was stored; typed as T only for the method's signature. */
    @SuppressWarnings("unchecked")
    private <T> RestResponse<T> replay(String key, byte[] requestHash) {
        Object[] stored = (Object[]) entityManager.createNativeQuery("""
                select request_hash, status, location, body from idempotency_keys
                where caller = :caller and key = :key""")
                .setParameter("caller", scope.idempotencyScope()).setParameter("key", key)
                .getSingleResult();
        if (!MessageDigest.isEqual((byte[]) stored[0], requestHash)) {
            throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used with a different request body; use a new key.");
        }
        return (RestResponse<T>) RestResponse.ResponseBuilder.<JsonBody>create(((Number) stored[1]).intValue())
                .location(URI.create((String) stored[2]))
                .header("Idempotent-Replayed", "true")
                .entity(JsonBody.of((byte[]) stored[3]))
                .build();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
