package blog.tag;

import blog.auth.Caller;
import blog.auth.Role;
import blog.cache.CacheInvalidation;
import blog.changes.ChangeLog;
import blog.changes.ChangeType;
import blog.http.ETags;
import blog.paging.PageRequest;
import blog.paging.SortKey;
import blog.post.PublishedPostCounts;
import blog.problem.ApiException;
import blog.slug.SlugAllocator;
import blog.slug.SluggedStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Reads and writes tags; writes need an editor. */
@ApplicationScoped
public class TagService {

    private final SluggedStore<Tag> store;
    private final PublishedPostCounts counts;
    private final ETags etags;
    private final Caller caller;
    private final CacheInvalidation invalidation;
    private final ChangeLog changes;

    TagService(EntityManager entityManager, SlugAllocator slugs, PublishedPostCounts counts, ETags etags, Caller caller,
            CacheInvalidation invalidation, ChangeLog changes) {
        this.store = new SluggedStore<>(entityManager, slugs, Tag.class, "tag");
        this.counts = counts;
        this.etags = etags;
        this.caller = caller;
        this.invalidation = invalidation;
        this.changes = changes;
    }

    @Transactional
    public TagResponse get(UUID id) {
        return view(store.find(id));
    }

    @Transactional
    public TagResponse getBySlug(String slug) {
        return view(store.findBySlug(slug));
    }

    @Transactional
    public TagPage list(PageRequest request, SortKey sort) {
        SluggedStore.Page<Tag> page = store.list(request, sort);
        Map<UUID, Long> postCounts = counts.of(PublishedPostCounts.By.TAG, page.items().stream().map(tag -> tag.id).toList());
        return new TagPage(page.items().stream().map(tag -> TagResponse.from(tag, postCounts.getOrDefault(tag.id, 0L))).toList(),
                page.page());
    }

    @Transactional
    public TagResponse create(TagRequest request) {
        caller.require(Role.editor, "manage tags");
        return write(store.create(new Tag()), request);
    }

    @Transactional
    public TagResponse replace(UUID id, TagRequest request, String ifMatch) {
        return write(lockForWrite(id, ifMatch), request);
    }

    /** Applies a merge patch to the tag's writable fields under a row lock, so no write is lost. */
    @Transactional
    public TagResponse patch(UUID id, UnaryOperator<TagRequest> merge, String ifMatch) {
        Tag tag = lockForWrite(id, ifMatch);
        return write(tag, merge.apply(new TagRequest(tag.name, tag.slug, tag.description)));
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Tag tag = lockForWrite(id, ifMatch);
        tag.delete();
        changes.record(ChangeType.TAG_DELETED, tag.id, tag.slug, tag.updatedAt);
        invalidation.everythingChanged();
    }

    private Tag lockForWrite(UUID id, String ifMatch) {
        caller.require(Role.editor, "manage tags");
        Tag tag = store.lockForWrite(id);
        etags.checkIfMatch(ifMatch, view(tag));
        return tag;
    }

    private TagResponse write(Tag tag, TagRequest request) {
        List<String> before = publicFields(tag);
        tag.name = request.name();
        tag.description = blankToNull(request.description());
        store.write(tag, request.slug(), constraint -> constraint.equals("tags_name_key")
                ? ApiException.conflict("A tag named '" + tag.name + "' already exists.")
                : ApiException.conflict("The tag conflicts with an existing one."));
        if (before.get(0) == null) {
            changes.record(ChangeType.TAG_CREATED, tag.id, tag.slug, tag.updatedAt);
        } else if (!before.equals(publicFields(tag))) {
            changes.record(ChangeType.TAG_UPDATED, tag.id, tag.slug, tag.updatedAt);
        }
        invalidation.everythingChanged();
        return view(tag);
    }

    /** What the public sees of a tag, to tell a write that changes it (its name first: null for a new tag). */
    private static List<String> publicFields(Tag tag) {
        return Arrays.asList(tag.name, tag.slug, tag.description);
    }

    private TagResponse view(Tag tag) {
        return TagResponse.from(tag, counts.of(PublishedPostCounts.By.TAG, tag.id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
