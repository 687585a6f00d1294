package blog.tag;

import blog.auth.Caller;
import blog.auth.Role;
import blog.cache.CacheInvalidation;
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

    TagService(EntityManager entityManager, SlugAllocator slugs, PublishedPostCounts counts, ETags etags, Caller caller,
            CacheInvalidation invalidation) {
        this.store = new SluggedStore<>(entityManager, slugs, Tag.class, "tag");
        this.counts = counts;
        this.etags = etags;
        this.caller = caller;
        this.invalidation = invalidation;
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
        lockForWrite(id, ifMatch).delete();
        invalidation.everythingChanged();
    }

    private Tag lockForWrite(UUID id, String ifMatch) {
        caller.require(Role.editor, "manage tags");
        Tag tag = store.lockForWrite(id);
        etags.checkIfMatch(ifMatch, view(tag));
        return tag;
    }

    private TagResponse write(Tag tag, TagRequest request) {
        tag.name = request.name();
        tag.description = blankToNull(request.description());
        store.write(tag, request.slug(), constraint -> constraint.equals("tags_name_key")
                ? ApiException.conflict("A tag named '" + tag.name + "' already exists.")
                : ApiException.conflict("The tag conflicts with an existing one."));
        invalidation.everythingChanged();
        return view(tag);
    }

    private TagResponse view(Tag tag) {
        return TagResponse.from(tag, counts.of(PublishedPostCounts.By.TAG, tag.id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
