package blog.tag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Counts the published posts of tags; drafts and posts still scheduled never count. */
@ApplicationScoped
public class TagCounts {

    private final EntityManager entityManager;

    TagCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public long of(UUID tagId) {
        return of(List.of(tagId)).getOrDefault(tagId, 0L);
    }

    public Map<UUID, Long> of(Collection<UUID> tagIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (tagIds.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select pt.tag_id, count(*)
                from post_tags pt join posts p on p.id = pt.post_id
                where pt.tag_id in (:tagIds) and p.status <> 'draft' and p.published_at <= now()
                group by pt.tag_id""")
                .setParameter("tagIds", tagIds)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
