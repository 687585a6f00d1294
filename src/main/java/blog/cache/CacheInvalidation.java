package blog.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final ResponseCache cache;

    CacheInvalidation(EntityManager entityManager, TransactionSynchronizationRegistry transactions, ResponseCache cache) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.cache = cache;
    }

    /** A post was created, changed or deleted; its slugs before and after the write. */
    public void postChanged(UUID id, String... slugs) {
        publish("post " + id + " " + String.join(" ", Arrays.stream(slugs).filter(s -> s != null).toList()));
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

    /** Applies a payload, from this server or another one. */
    static void apply(ResponseCache cache, String payload) {
        String[] words = payload.split(" ");
        if (words.length >= 2 && words[0].equals("post")) {
            cache.evictPost(CacheKeys.forPost(UUID.fromString(words[1]), List.of(words).subList(2, words.length)));
        } else {
            cache.evictAll();
        }
    }
}
