package blog.imports;

import static blog.imports.ImportText.clip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** The work of imports in PostgreSQL: which imports have pending items, claiming them, recording outcomes. */
@ApplicationScoped
class ImportQueue {

    private final EntityManager entityManager;

    ImportQueue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A claimed item: locked until the claiming transaction ends. */
    record Claimed(int position, String kind, String sourceId, String payload) {
    }

    /** An import with pending items, and what its items need to be applied. */
    record Work(UUID id, String source, ImportFormat format, boolean dryRun) {
    }

    @SuppressWarnings("unchecked")
    List<Work> unfinished() {
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select id, source, format, dry_run from imports where finished_at is null order by created_at, id limit 10")
                .getResultList();
        return rows.stream().map(row -> new Work((UUID) row[0], (String) row[1], ImportFormat.valueOf((String) row[2]),
                (Boolean) row[3])).toList();
    }

    /**
     * Counts an attempt at the next pending items of the import's first unfinished phase, in file
     * order, and commits it at once: an item that brings its server down every time fails after
     * {@link #MAX_ATTEMPTS} instead of being retried for ever. Items counted in the last 10 seconds
     * are left to the thread that counted them and is about to lock them (another attempt after
     * that only if it did not). Items of a later phase wait until
     * every item before them is applied: a post is not applied while its authors or tags may still
     * be created on another server.
     */
    @SuppressWarnings("unchecked")
    List<Integer> countAttempts(UUID importId, int limit) {
        return entityManager.createNativeQuery("""
                        update import_items set attempts = attempts + 1, attempted_at = clock_timestamp()
                        where import_id = :id and position in (
                            select position from import_items
                            where import_id = :id and outcome is null
                              and (attempted_at is null or attempted_at < clock_timestamp() - interval '10 seconds')
                              and phase = (select min(phase) from import_items where import_id = :id and outcome is null)
                            order by position limit :limit
                            for update skip locked)
                        returning position""")
                .setParameter("id", importId).setParameter("limit", limit).getResultList();
    }

    /** Items given up after this many attempts. */
    static final int MAX_ATTEMPTS = 5;

    /**
     * Locks the counted items for the claiming transaction (those another server took meanwhile are
     * skipped) and fails those attempted too often.
     */
    @SuppressWarnings("unchecked")
    List<Claimed> claim(UUID importId, List<Integer> positions) {
        entityManager.createNativeQuery("""
                        update import_items set outcome = 'failed',
                               reason = 'Applying it failed ' || attempts || ' times (the server stopped or the transaction timed out).'
                        where import_id = :id and position = any(cast(:positions as integer[])) and outcome is null and attempts > :max""")
                .setParameter("id", importId).setParameter("positions", positions.toArray(Integer[]::new))
                .setParameter("max", MAX_ATTEMPTS).executeUpdate();
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select position, kind, source_id, cast(payload as text) from import_items
                        where import_id = :id and position = any(cast(:positions as integer[])) and outcome is null
                        order by position
                        for update skip locked""")
                .setParameter("id", importId).setParameter("positions", positions.toArray(Integer[]::new)).getResultList();
        return rows.stream().map(row -> new Claimed((Integer) row[0], (String) row[1], (String) row[2], (String) row[3])).toList();
    }

    /** What became of an item: created or existing with the resource's id, skipped, or failed with a reason. */
    record Outcome(String outcome, UUID resourceId, String reason) {
        static Outcome of(ImportApplier.Applied applied) {
            return new Outcome(applied.outcome(), applied.resourceId(), null);
        }
    }

    /** Records the outcomes of claimed items, in one statement; a null outcome leaves its item pending. */
    void record(UUID importId, List<Claimed> items, List<Outcome> outcomes) {
        entityManager.createNativeQuery("""
                        update import_items i set outcome = o.outcome, resource_id = o.resource_id, reason = o.reason
                        from unnest(cast(:positions as integer[]), cast(:outcomes as text[]), cast(:resources as uuid[]),
                                    cast(:reasons as text[])) as o(position, outcome, resource_id, reason)
                        where i.import_id = :id and i.position = o.position and o.outcome is not null""")
                .setParameter("positions", items.stream().map(Claimed::position).toArray(Integer[]::new))
                .setParameter("outcomes", outcomes.stream().map(outcome -> outcome == null ? null : outcome.outcome()).toArray(String[]::new))
                .setParameter("resources", outcomes.stream().map(outcome -> outcome == null ? null : outcome.resourceId()).toArray(UUID[]::new))
                .setParameter("reasons", outcomes.stream().map(outcome -> outcome == null ? null : clip(outcome.reason(), 1000)).toArray(String[]::new))
                .setParameter("id", importId).executeUpdate();
    }

    /**
     * Fresh statistics of the tables an import fills: they grow from nothing faster than
     * autovacuum looks, and plans made for an empty table (in the link triggers too) scan it whole.
     */
    void analyze() {
        entityManager.createNativeQuery("analyze posts, post_tags, post_authors, tags, authors, imported_sources, imported_paths")
                .executeUpdate();
    }

    /** Marks the import done once no item is pending (claimed ones count as pending until applied). */
    void finishIfDone(UUID importId) {
        entityManager.createNativeQuery("""
                        update imports set finished_at = now() where id = :id and finished_at is null
                          and not exists (select 1 from import_items where import_id = :id and outcome is null)""")
                .setParameter("id", importId).executeUpdate();
    }
}
