package blog.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Announces a write to every server on the database: a NOTIFY sent inside the write's
 * transaction (PostgreSQL delivers it at commit), and a local eviction right after the commit,
 * before the writer gets its answer, so the writer never reads its own write stale.
 */
@ApplicationScoped
public class CacheInvalidation {

    static final String CHANNEL = "blog_cache";
    static final String EVERYTHING = "all";
    private static final String PUBLIC_AT = "public-at=";
    private static final String NEVER = "never";

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final ResponseCache cache;

    CacheInvalidation(EntityManager entityManager, TransactionSynchronizationRegistry transactions, ResponseCache cache) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.cache = cache;
    }

    /**
     * A post was created, changed or deleted; its slugs before and after the write, and when it
     * goes public if the write left it scheduled for later ({@code null} if not).
     */
    public void postChanged(UUID id, Instant goesPublicAt, String... slugs) {
        publish("post " + id + " " + PUBLIC_AT + (goesPublicAt == null ? NEVER : goesPublicAt) + " "
                + String.join(" ", Arrays.stream(slugs).filter(s -> s != null).toList()));
    }

    /** Tags or authors changed: they appear inside many posts. */
    public void everythingChanged() {
        publish(EVERYTHING);
    }

    private void publish(String payload) {
        entityManager.createNativeQuery("select pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL).setParameter("payload", payload).getSingleResult();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    apply(cache, payload);
                }
            }
        });
    }

    /**
     * Applies a payload, from this server or another one: {@code post <id> public-at=<instant or
     * never> <slugs>}, or anything else to evict everything. Without {@code public-at=} (a server
     * of an earlier version) validity is computed again.
     */
    static void apply(ResponseCache cache, String payload) {
        List<String> words = List.of(payload.split(" "));
        if (words.size() < 2 || !words.get(0).equals("post")) {
            cache.evictAll();
            return;
        }
        try {
            List<String> slugs = words.subList(2, words.size());
            Instant goesPublicAt = Instant.MIN;
            if (!slugs.isEmpty() && slugs.get(0).startsWith(PUBLIC_AT)) {
                String when = slugs.get(0).substring(PUBLIC_AT.length());
                goesPublicAt = when.equals(NEVER) ? Instant.MAX : Instant.parse(when);
                slugs = slugs.subList(1, slugs.size());
            }
            cache.evictPost(CacheKeys.forPost(UUID.fromString(words.get(1)), slugs), goesPublicAt);
        } catch (IllegalArgumentException | DateTimeException malformed) {
            cache.evictAll();
        }
    }
}
