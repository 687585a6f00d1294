package blog.post;

import blog.changes.ChangeLog;
import blog.changes.ChangeType;
import blog.database.StoredTime;
import blog.database.UuidV7;
import blog.json.Reference;
import blog.problem.ApiException;
import blog.slug.SlugAllocator;
import blog.slug.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** Turns the tags named in a post write into tag ids, creating missing tags in the same transaction. */
@ApplicationScoped
public class TagResolver {

    private static final int SLUG_ATTEMPTS = 5;

    private final EntityManager entityManager;
    private final SlugAllocator slugs;
    private final ChangeLog changes;

    TagResolver(EntityManager entityManager, SlugAllocator slugs, ChangeLog changes) {
        this.entityManager = entityManager;
        this.slugs = slugs;
        this.changes = changes;
    }

    /**
     * Ids in the order given, without duplicates. Missing tags are created in the order of their
     * names, not the request's: concurrent writes that introduce the same tags then take the
     * unique index entries in one order and wait for each other instead of deadlocking.
     */
    public List<UUID> resolve(List<Reference> references) {
        List<Optional<UUID>> existing = new ArrayList<>();
        Map<String, String> missingByKey = new TreeMap<>();
        for (int i = 0; i < references.size(); i++) {
            Optional<UUID> id = find(references.get(i), "tags[" + i + "]");
            existing.add(id);
            if (id.isEmpty()) {
                missingByKey.putIfAbsent(key(references.get(i)), references.get(i).text());
            }
        }
        Map<String, UUID> created = new HashMap<>();
        missingByKey.forEach((key, name) -> created.put(key, create(name)));
        Set<UUID> ids = new LinkedHashSet<>();
        for (int i = 0; i < references.size(); i++) {
            Reference reference = references.get(i);
            ids.add(existing.get(i).orElseGet(() -> created.get(key(reference))));
        }
        return new ArrayList<>(ids);
    }

    /** Tag names are unique ignoring case. */
    private static String key(Reference reference) {
        return reference.text().toLowerCase(Locale.ROOT);
    }

    private Optional<UUID> find(Reference reference, String field) {
        if (reference.id() != null) {
            return Optional.of(id("select id from tags where id = :reference", reference.id())
                    .orElseThrow(() -> ApiException.invalid(field, "no tag has id " + reference.id())));
        }
        return id("select id from tags where slug = :reference or lower(name) = lower(:reference)", reference.text());
    }

    private Optional<UUID> id(String sql, Object reference) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery(sql).setParameter("reference", reference).getResultList();
        return ids.stream().findFirst();
    }

    /**
     * Inserts the tag unless a concurrent transaction already did: ON CONFLICT DO NOTHING waits
     * for that transaction and never aborts ours, so two posts introducing a tag share one.
     */
    private UUID create(String name) {
        String base = Slugs.of(name, 120);
        if (base.isEmpty()) {
            base = "tag";
        }
        Instant now = StoredTime.now();
        for (int attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
            UUID id = UuidV7.next();
            String slug = slugs.firstFree("tags", base, 120, id);
            int inserted = entityManager.createNativeQuery("""
                    insert into tags (id, slug, name, created_at, updated_at)
                    values (:id, :slug, :name, :now, :now)
                    on conflict do nothing""")
                    .setParameter("id", id)
                    .setParameter("slug", slug)
                    .setParameter("name", name)
                    .setParameter("now", now)
                    .executeUpdate();
            if (inserted == 1) {
                changes.record(ChangeType.TAG_CREATED, id, slug, now);
                return id;
            }
            Optional<UUID> existing = findIdByName(name);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        throw ApiException.conflict("The tag '" + name + "' could not be created; retry the request.");
    }

    private Optional<UUID> findIdByName(String name) {
        return id("select id from tags where lower(name) = lower(:reference)", name);
    }
}
