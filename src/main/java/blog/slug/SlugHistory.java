package blog.slug;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

/**
 * The slugs a resource had before (table {@code <noun>_slug_redirects}): an old slug leads to
 * the resource that left it last. A resource that holds the slug now is looked up first, so it
 * wins the slug while it holds it; the redirect serves again once it leaves.
 */
public final class SlugHistory {

    private final EntityManager entityManager;
    private final String history;
    private final String resources;

    /** @param noun the resource in the singular, as tables name it: "post", "tag", "author" */
    public SlugHistory(EntityManager entityManager, String noun) {
        this.entityManager = entityManager;
        this.history = noun + "_slug_redirects";
        this.resources = noun + "s";
    }

    /** After a write that moved the resource from {@code previous} to {@code current}: links to previous lead to it. */
    public void moved(UUID id, String previous, String current) {
        if (previous != null && !previous.equals(current)) {
            entityManager.createNativeQuery("insert into " + history + " (old_slug, target_id) values (:slug, :id)"
                            + " on conflict (old_slug) do update set target_id = excluded.target_id, created_at = now()")
                    .setParameter("slug", previous).setParameter("id", id).executeUpdate();
        }
    }

    /** The current slug of the resource that had {@code oldSlug}, if one did. */
    public Optional<String> currentSlug(String oldSlug) {
        return entityManager.createNativeQuery("select r.slug from " + history + " h join " + resources
                        + " r on r.id = h.target_id where h.old_slug = :slug", String.class)
                .setParameter("slug", oldSlug).getResultStream().findFirst();
    }
}
