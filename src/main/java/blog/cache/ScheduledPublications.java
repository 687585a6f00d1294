package blog.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** When the next scheduled post becomes public: cached public responses are valid until then. */
@ApplicationScoped
public class ScheduledPublications {

    private final EntityManager entityManager;

    ScheduledPublications(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public Instant next() {
        Object next = entityManager.createNativeQuery(
                        "select min(published_at) from posts where status = 'scheduled' and published_at > now()")
                .getSingleResult();
        if (next == null) {
            return Instant.MAX;
        }
        if (next instanceof Instant instant) {
            return instant;
        }
        if (next instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) next).toInstant();
    }
}
