package blog.changes;

import blog.database.UuidV7;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/**
 * Records a change to public content in the transaction of the write that makes it (an outbox):
 * it exists if and only if the write commits, and is numbered at that commit (db/V11).
 */
@ApplicationScoped
public class ChangeLog {

    private final EntityManager entityManager;

    ChangeLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @param slug the resource's slug after the change (before it, for one that left the public view) */
    public void record(ChangeType type, UUID resourceId, String slug, Instant updatedAt) {
        entityManager.createNativeQuery("""
                insert into changes (id, type, resource, resource_id, slug, visible, updated_at)
                values (:id, :type, :resource, :resourceId, :slug, :visible, :updatedAt)""")
                .setParameter("id", UuidV7.next())
                .setParameter("type", type.eventName())
                .setParameter("resource", type.resource())
                .setParameter("resourceId", resourceId)
                .setParameter("slug", slug)
                .setParameter("visible", type.visible())
                .setParameter("updatedAt", updatedAt)
                .executeUpdate();
    }
}
