package blog.tag;

import blog.auth.Caller;
import blog.cache.CacheInvalidation;
import blog.auth.Role;
import blog.common.ApiException;
import blog.common.ETags;
import blog.common.KeysetQuery;
import blog.common.PageInfo;
import blog.common.PageRequest;
import blog.common.PublishedPostCounts;
import blog.common.SlugAllocator;
import blog.common.SlugRace;
import blog.common.Slugs;
import blog.common.SortKey;
import blog.common.UniqueConstraints;
import blog.common.UuidV7;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Reads and writes tags. */
@ApplicationScoped
public class TagService {

    private final EntityManager entityManager;
    private final PublishedPostCounts counts;
    private final SlugAllocator slugs;
    private final ETags etags;
    private final Caller caller;
    private final CacheInvalidation invalidation;

    TagService(EntityManager entityManager, PublishedPostCounts counts, SlugAllocator slugs, ETags etags, Caller caller,
            CacheInvalidation invalidation) {
        this.entityManager = entityManager;
        this.counts = counts;
        this.slugs = slugs;
        this.etags = etags;
        this.caller = caller;
        this.invalidation = invalidation;
    }

    @Transactional
    public TagResponse get(UUID id) {
        return view(Tag.<Tag>findByIdOptional(id).orElseThrow(() -> notFound(id)));
    }

    @Transactional
    public TagResponse getBySlug(String slug) {
        return view((Slugs.isValid(slug) ? Tag.findBySlug(slug) : java.util.Optional.<Tag>empty()).orElseThrow(() -> ApiException.notFound("The tag '" + slug + "'")));
    }

    @Transactional
    public TagPage list(PageRequest request, SortKey sort) {
        KeysetQuery query = new KeysetQuery("tags t", "t.id");
        KeysetQuery.KeysetPage page = query.page(entityManager, sort, request);
        Long total = request.pageMode() ? query.count(entityManager) : null;
        Map<UUID, Tag> tags = page.ids().isEmpty() ? Map.of() : Tag.<Tag>list("id in ?1", page.ids()).stream()
                .collect(Collectors.toMap(tag -> tag.id, Function.identity()));
        Map<UUID, Long> postCounts = counts.of(PublishedPostCounts.By.TAG, page.ids());
        List<TagResponse> items = page.ids().stream()
                .map(id -> TagResponse.from(tags.get(id), postCounts.getOrDefault(id, 0L)))
                .toList();
        return new TagPage(items, PageInfo.of(request, page, total));
    }

    @Transactional
    public TagResponse create(TagRequest request) {
        caller.require(Role.editor, "manage tags");
        Tag tag = new Tag();
        tag.id = UuidV7.next();
        apply(tag, request);
        tag.createdAt = tag.updatedAt;
        tag.persist();
        flush(tag, request.slug() != null);
        invalidation.everythingChanged();
        return view(tag);
    }

    @Transactional
    public TagResponse replace(UUID id, TagRequest request, String ifMatch) {
        caller.require(Role.editor, "manage tags");
        Tag tag = Tag.findForUpdate(id).orElseThrow(() -> notFound(id));
        etags.checkIfMatch(ifMatch, view(tag));
        apply(tag, request);
        flush(tag, request.slug() != null);
        invalidation.everythingChanged();
        return view(tag);
    }

    /** Applies a merge patch to the tag's writable fields under a row lock, so no write is lost. */
    @Transactional
    public TagResponse patch(UUID id, UnaryOperator<TagRequest> merge, String ifMatch) {
        caller.require(Role.editor, "manage tags");
        Tag tag = Tag.findForUpdate(id).orElseThrow(() -> notFound(id));
        etags.checkIfMatch(ifMatch, view(tag));
        TagRequest request = merge.apply(new TagRequest(tag.name, tag.slug, tag.description));
        apply(tag, request);
        flush(tag, true);
        invalidation.everythingChanged();
        return view(tag);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        caller.require(Role.editor, "manage tags");
        Tag tag = Tag.findForUpdate(id).orElseThrow(() -> notFound(id));
        etags.checkIfMatch(ifMatch, view(tag));
        tag.delete();
        invalidation.everythingChanged();
    }

    private void apply(Tag tag, TagRequest request) {
        tag.name = request.name();
        tag.description = blankToNull(request.description());
        tag.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (request.slug() != null) {
            tag.slug = request.slug();
        } else if (tag.slug == null) {
            String base = Slugs.of(tag.name, 120);
            tag.slug = slugs.firstFree("tags", base.isEmpty() ? "tag" : base, 120, tag.id);
        }
    }

    private void flush(Tag tag, boolean explicitSlug) {
        UniqueConstraints.flush(entityManager, constraint -> switch (constraint) {
            case "tags_name_key" -> ApiException.conflict("A tag named '" + tag.name + "' already exists.");
            case "tags_slug_key" -> explicitSlug
                    ? ApiException.conflict("The slug '" + tag.slug + "' is already taken.")
                    : new SlugRace();
            default -> ApiException.conflict("The tag conflicts with an existing one.");
        });
    }

    private TagResponse view(Tag tag) {
        return TagResponse.from(tag, counts.of(PublishedPostCounts.By.TAG, tag.id));
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("The tag " + id);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
