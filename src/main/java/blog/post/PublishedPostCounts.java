package blog.post;

import blog.database.CustomPlans;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Counts the published posts of tags or authors; drafts and posts still scheduled never count. */
@ApplicationScoped
public class PublishedPostCounts {

    /** A table that links posts to what is counted; names come from code only. */
    public enum By {
        TAG("post_tags", "tag_id"), AUTHOR("post_authors", "author_id");

        final String table;
        final String column;

        By(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    private final EntityManager entityManager;

    PublishedPostCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public long of(By by, UUID id) {
        return of(by, List.of(id)).getOrDefault(id, 0L);
    }

    public Map<UUID, Long> of(By by, Collection<UUID> ids) {
        Map<UUID, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        // Each link row carries its post's status and listing time (see db/V6), the key of a partial
        // index that a count reads alone (index only), without looking up a single post.
        CustomPlans.forThisTransaction(entityManager);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select l." + by.column + ", count(*) from " + by.table + " l"
                                + " where l." + by.column + " in (:ids) and l.post_status <> 'draft' and l.post_listed_at <= now()"
                                + " group by l." + by.column)
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
