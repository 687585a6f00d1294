package blog.slug;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Picks the first free generated slug: base, base-2, base-3… The unique constraint still
 * decides a race; this only avoids trying slugs that are known to be taken.
 */
@ApplicationScoped
public class SlugAllocator {

    private static final int FIRST_BATCH = 16;
    private static final int MAX_BATCH = 1024;

    private final EntityManager entityManager;

    SlugAllocator(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @param table a table name from code, never from input */
    public String firstFree(String table, String base, int maxLength, UUID ownId) {
        // Asks for exact candidates, which the unique index answers at once; a "slug like 'base-%'"
        // read the whole table (no index serves LIKE under the database's collation).
        // Batches double, so that a base taken thousands of times ("post") costs a few queries.
        for (int first = 1, batch = FIRST_BATCH; ; first += batch, batch = Math.min(batch * 2, MAX_BATCH)) {
            List<String> candidates = IntStream.range(first, first + batch)
                    .mapToObj(n -> Slugs.candidate(base, n, maxLength)).toList();
            @SuppressWarnings("unchecked")
            Set<String> taken = new HashSet<>(entityManager.createNativeQuery(
                            "select slug from " + table + " where slug in (:candidates) and id <> :ownId")
                    .setParameter("candidates", candidates)
                    .setParameter("ownId", ownId)
                    .getResultList());
            for (String candidate : candidates) {
                if (!taken.contains(candidate)) {
                    return candidate;
                }
            }
        }
    }
}
