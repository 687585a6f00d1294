package blog.slug;

import static blog.database.StoredTime.now;

import blog.database.UniqueConstraints;
import blog.database.UuidV7;
import blog.paging.KeysetQuery;
import blog.paging.PageWindow;
import blog.paging.PageInfo;
import blog.paging.PageRequest;
import blog.paging.SortKey;
import blog.problem.ApiException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The path every resource with a slug shares (tags, authors): find or 404, lock for a write,
 * a new id, the slug given or a free one generated from the name, the unique constraints that
 * decide a conflict, and a page in one of the four orders.
 */
public final class SluggedStore<E extends SluggedEntity> {

    private final EntityManager entityManager;
    private final SlugAllocator slugs;
    private final Class<E> type;
    private final String noun;
    private final String table;
    private final SlugHistory history;

    /** @param noun the resource in the singular, as messages and the table (plural) name it: "tag" */
    public SluggedStore(EntityManager entityManager, SlugAllocator slugs, Class<E> type, String noun) {
        this.entityManager = entityManager;
        this.slugs = slugs;
        this.type = type;
        this.noun = noun;
        this.table = noun + "s";
        this.history = new SlugHistory(entityManager, noun);
    }

    public E find(UUID id) {
        return Optional.ofNullable(entityManager.find(type, id)).orElseThrow(() -> notFound(id));
    }

    /** The resource with this slug; for a slug it had before, a {@link SlugMoved} to its current one. */
    public E findBySlug(String slug) {
        if (!Slugs.isValid(slug)) {
            throw notFound(slug);
        }
        Optional<E> found = entityManager.createQuery("from " + type.getSimpleName() + " where slug = :slug", type)
                .setParameter("slug", slug).getResultStream().findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        throw history.currentSlug(slug).<RuntimeException>map(current -> new SlugMoved("/api/v1/" + table + "/slug/" + current))
                .orElseGet(() -> notFound(slug));
    }

    /** The row, locked until the transaction ends, so that no concurrent write is lost. */
    public E lockForWrite(UUID id) {
        return Optional.ofNullable(entityManager.find(type, id, LockModeType.PESSIMISTIC_WRITE)).orElseThrow(() -> notFound(id));
    }

    /** A new entity with its id; the caller fills it, then {@link #write} stores it. */
    public E create(E entity) {
        entity.id = UuidV7.next();
        return entity;
    }

    /**
     * Sets the slug (the requested one, else a free one from the name for an entity that has
     * none) and the times, stores the entity and lets the unique constraints decide:
     * a requested slug that is taken is a 409, a generated one lost to a concurrent write is
     * retried ({@link SlugRace}), another constraint is what {@code conflicts} makes of it.
     */
    public void write(E entity, String requestedSlug, Function<String, ApiException> conflicts) {
        String previousSlug = entity.slug;
        entity.updatedAt = now();
        if (entity.createdAt == null) {
            entity.createdAt = entity.updatedAt;
        }
        if (requestedSlug != null) {
            entity.slug = requestedSlug;
        } else if (entity.slug == null) {
            String base = Slugs.of(entity.name, SLUG_LENGTH);
            entity.slug = slugs.firstFree(table, base.isEmpty() ? noun : base, SLUG_LENGTH, entity.id);
        }
        if (!entityManager.contains(entity)) {
            entityManager.persist(entity);
        }
        UniqueConstraints.flush(entityManager, constraint -> constraint.equals(table + "_slug_key")
                ? requestedSlug != null ? ApiException.conflict("The slug '" + entity.slug + "' is already taken.") : new SlugRace()
                : conflicts.apply(constraint));
        history.moved(entity.id, previousSlug, entity.slug);
    }

    /** One page, in the order asked, and its paging state. */
    public record Page<E>(List<E> items, PageInfo page) {
    }

    public Page<E> list(PageRequest request, SortKey sort) {
        KeysetQuery query = new KeysetQuery(table + " r", "r.id");
        PageWindow<UUID> page = query.page(entityManager, sort, request);
        Long total = request.pageMode() ? query.count(entityManager) : null;
        Map<UUID, E> byId = page.items().isEmpty() ? Map.of() : entityManager
                .createQuery("from " + type.getSimpleName() + " where id in :ids", type).setParameter("ids", page.items())
                .getResultStream().collect(Collectors.toMap(entity -> entity.id, Function.identity()));
        List<E> items = page.items().stream().filter(byId::containsKey).map(byId::get).toList();
        return new Page<>(items, PageInfo.of(request, page, total));
    }

    /** The orders of a list of named resources: by name (the default) or creation, either way. */
    public static SortKey sort(String requested, String noun) {
        String name = requested == null ? "name" : requested;
        boolean descending = name.startsWith("-");
        return switch (descending ? name.substring(1) : name) {
            case "name" -> new SortKey(noun + "s:" + name, "lower(r.name)", descending, SortKey.ValueType.TEXT);
            case "createdAt" -> new SortKey(noun + "s:" + name, "r.created_at", descending, SortKey.ValueType.TIMESTAMP);
            default -> throw ApiException.invalid("sort", "must be one of name, -name, createdAt, -createdAt");
        };
    }

    private static final int SLUG_LENGTH = 120;

    private ApiException notFound(String slug) {
        return ApiException.notFound("The " + noun + " '" + slug + "'");
    }

    private ApiException notFound(UUID id) {
        return ApiException.notFound("The " + noun + " " + id);
    }

}
