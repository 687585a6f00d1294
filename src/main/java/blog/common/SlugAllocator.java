package blog.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Picks the first free generated slug: base, base-2, base-3… The unique constraint still
 * decides a race; this only avoids trying slugs that are known to be taken.
 */
@ApplicationScoped
public class SlugAllocator {

    private final EntityManager entityManager;

    SlugAllocator(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @param table a table name from code, never from input */
    public String firstFree(String table, String base, int maxLength, UUID ownId) {
        @SuppressWarnings("unchecked")
        List<String> taken = entityManager.createNativeQuery(
                        "select slug from " + table + " where (slug = :base or slug like :prefix) and id <> :ownId")
                .setParameter("base", base)
                .setParameter("prefix", base + "-%")
                .setParameter("ownId", ownId)
                .getResultList();
        Set<String> takenSlugs = new HashSet<>(taken);
        for (int n = 1; ; n++) {
            String candidate = Slugs.candidate(base, n, maxLength);
            if (!takenSlugs.contains(candidate)) {
                return candidate;
            }
        }
    }
}
