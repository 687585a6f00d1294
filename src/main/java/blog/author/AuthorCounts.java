package blog.author;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Counts the published posts of authors; drafts and posts still scheduled never count. */
@ApplicationScoped
public class AuthorCounts {

    private final EntityManager entityManager;

    AuthorCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public long of(UUID authorId) {
        return of(List.of(authorId)).getOrDefault(authorId, 0L);
    }

    public Map<UUID, Long> of(Collection<UUID> authorIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (authorIds.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select pa.author_id, count(*)
                from post_authors pa join posts p on p.id = pa.post_id
                where pa.author_id in (:authorIds) and p.status <> 'draft' and p.published_at <= now()
                group by pa.author_id""")
                .setParameter("authorIds", authorIds)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    public boolean hasPosts(UUID authorId) {
        return !entityManager.createNativeQuery("select 1 from post_authors where author_id = :authorId limit 1")
                .setParameter("authorId", authorId).getResultList().isEmpty();
    }
}
