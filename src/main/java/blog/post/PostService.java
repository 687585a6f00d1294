package blog.post;

import static blog.database.StoredTime.now;

import blog.auth.Caller;
import blog.cache.CacheInvalidation;
import blog.database.UniqueConstraints;
import blog.database.UuidV7;
import blog.http.ETags;
import blog.http.JsonBody;
import blog.idempotency.IdempotentCreates;
import blog.json.Reference;
import blog.problem.ApiException;
import blog.slug.SlugAllocator;
import blog.slug.SlugHistory;
import blog.slug.SlugMoved;
import blog.slug.SlugRace;
import blog.slug.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Reads and writes single posts; lists are {@link PostListing}'s. */
@ApplicationScoped
public class PostService {

    private final EntityManager entityManager;
    private final PostLinks links;
    private final PostReader reader;
    private final TagResolver tagResolver;
    private final AuthorResolver authorResolver;
    private final SlugAllocator slugs;
    private final ETags etags;
    private final Caller caller;
    private final CacheInvalidation invalidation;
    private final PostAnnouncements announcements;

    PostService(EntityManager entityManager, PostLinks links, PostReader reader, TagResolver tagResolver, AuthorResolver authorResolver,
                SlugAllocator slugs, ETags etags, Caller caller, CacheInvalidation invalidation, PostAnnouncements announcements) {
        this.entityManager = entityManager;
        this.links = links;
        this.reader = reader;
        this.tagResolver = tagResolver;
        this.authorResolver = authorResolver;
        this.slugs = slugs;
        this.etags = etags;
        this.caller = caller;
        this.invalidation = invalidation;
        this.announcements = announcements;
    }

    public JsonBody get(UUID id) {
        return reader.byId(id, caller.canReadUnpublished()).orElseThrow(() -> ApiException.notFound("The post " + id));
    }

    /** The post with this slug; for a slug it had while public, a {@link SlugMoved} to its current one. */
    public JsonBody getBySlug(String slug) {
        if (!Slugs.isValid(slug)) {
            throw ApiException.notFound("The post '" + slug + "'");
        }
        boolean unpublishedToo = caller.canReadUnpublished();
        return reader.bySlug(slug, unpublishedToo).orElseThrow(() -> reader.currentSlug(slug, unpublishedToo)
                .<RuntimeException>map(current -> new SlugMoved("/api/v1/posts/slug/" + current))
                .orElseGet(() -> ApiException.notFound("The post '" + slug + "'")));
    }

    /** A 404 unless the post exists, a 403 unless the caller may share previews of it (who may edit it). */
    @Transactional
    public void checkCanPreview(UUID id) {
        if (Post.findById(id) == null) {
            throw ApiException.notFound("The post " + id);
        }
        PostPermissions.checkPreview(caller, currentAuthors(id));
    }

    @Transactional
    public IdempotentCreates.Created<JsonBody> create(PostRequest request) {
        Instant now = now();
        Post post = new Post();
        post.id = UuidV7.next();
        post.createdAt = now;
        List<UUID> authorIds = request.authors() != null ? authorResolver.resolve(request.authors())
                : caller.authorId() != null ? List.of(caller.authorId()) : List.of();
        PostPermissions.checkCreate(caller, PostWrite.requestedStatus(post, request), authorIds);
        List<UUID> tagIds = tagResolver.resolve(referencesOf(request.tags()));
        PostWrite.apply(post, request, now);
        post.slug = request.slug() != null ? request.slug() : generatedSlug(post);
        PostAnnouncements.announceOnWrite(post, now);
        post.persist();
        JsonBody saved = saved(post, request, tagIds, authorIds);
        announcements.afterCreate(post);
        invalidation.postChanged(post.id, goesPublicAt(post), post.slug);
        return new IdempotentCreates.Created<>(URI.create("/api/v1/posts/" + post.id), saved);
    }

    /**
     * A post from an import, written as {@link #create} writes one (derived fields, links, the
     * changes feed) but for no caller: with the file's id, slug, tags, authors and dates. The
     * importer evicts the caches once for all the posts of its transaction.
     */
    @Transactional
    public void createImported(UUID id, PostRequest request, List<UUID> tagIds, List<UUID> authorIds, Instant createdAt,
                               Instant updatedAt) {
        Instant now = now();
        Post post = new Post();
        post.id = id;
        PostWrite.apply(post, request, now);
        post.slug = request.slug();
        post.createdAt = createdAt != null ? createdAt : post.publishedAt != null ? post.publishedAt : now;
        post.updatedAt = updatedAt != null && updatedAt.isAfter(post.createdAt) ? updatedAt : post.createdAt;
        PostAnnouncements.announceOnWrite(post, now);
        post.persist();
        flush(post, request);
        links.addTags(post.id, tagIds);
        links.addAuthors(post.id, authorIds);
        announcements.afterCreate(post);
    }

    @Transactional
    public JsonBody replace(UUID id, PostRequest request, String ifMatch) {
        return update(lockForWrite(id, ifMatch), request, currentAuthors(id));
    }

    /** A post locked for a write, and its representation before it. */
    private record Locked(Post post, JsonBody before) {
    }

    /** Applies a merge patch to the post's writable fields under a row lock, so no write is lost. */
    @Transactional
    public JsonBody patch(UUID id, UnaryOperator<PostRequest> merge, String ifMatch) {
        Locked locked = lockForWrite(id, ifMatch);
        PostLinks.Links current = links.of(List.of(id));
        List<Reference> tags = current.tagsOf(id).stream().map(tag -> Reference.byId(tag.id())).toList();
        List<UUID> authorIds = current.authorsOf(id).stream().map(AuthorSummary::id).toList();
        List<Reference> authors = authorIds.stream().map(Reference::byId).toList();
        return update(locked, merge.apply(PostWrite.writableFields(locked.post(), tags, authors)), authorIds);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Post post = lockForWrite(id, ifMatch).post();
        PostPermissions.checkDelete(caller, post, currentAuthors(id));
        post.delete();
        announcements.afterDelete(post);
        invalidation.postChanged(id, null, post.slug);
    }

    private JsonBody update(Locked locked, PostRequest request, List<UUID> current) {
        Post post = locked.post();
        boolean wasAnnounced = post.announced;
        List<UUID> authorIds = request.authors() != null ? authorResolver.resolve(request.authors()) : current;
        PostPermissions.checkEdit(caller, post, current, PostWrite.requestedStatus(post, request), authorIds);
        List<UUID> tagIds = tagResolver.resolve(referencesOf(request.tags()));
        String previousSlug = post.slug;
        Instant now = now();
        PostWrite.apply(post, request, now);
        if (request.slug() != null) {
            post.slug = request.slug();
        }
        PostAnnouncements.announceOnWrite(post, now);
        JsonBody saved = saved(post, request, tagIds, authorIds);
        // Only a slug readers saw is kept: a redirect never reveals what a draft was called.
        if (!post.slug.equals(previousSlug) && wasPublicUnder(post.id, previousSlug)) {
            new SlugHistory(entityManager, "post").moved(post.id, previousSlug, post.slug);
        }
        announcements.afterWrite(post, wasAnnounced, previousSlug, locked.before(), saved);
        invalidation.postChanged(post.id, goesPublicAt(post), previousSlug, post.slug);
        return saved;
    }

    private JsonBody saved(Post post, PostRequest request, List<UUID> tagIds, List<UUID> authorIds) {
        store(post, request, tagIds, authorIds);
        return reader.written(post.id);
    }

    /** Flushes the post and writes its links. */
    private void store(Post post, PostRequest request, List<UUID> tagIds, List<UUID> authorIds) {
        flush(post, request);
        links.replaceTags(post.id, tagIds);
        links.replaceAuthors(post.id, authorIds);
    }

    /** Flushes the post: a taken slug is a 409, or a {@link SlugRace} when it was generated. */
    private void flush(Post post, PostRequest request) {
        boolean explicitSlug = request.slug() != null;
        UniqueConstraints.flush(entityManager, constraint -> {
            if (!constraint.equals("posts_slug_key")) {
                return ApiException.conflict("The post conflicts with an existing one.");
            }
            return explicitSlug ? ApiException.conflict("The slug '" + post.slug + "' is already taken.") : new SlugRace();
        });
    }

    /** Whether the post was ever public under this slug, as the changes feed recorded it. */
    private boolean wasPublicUnder(UUID id, String slug) {
        return !entityManager.createNativeQuery("select 1 from changes where resource_id = :id and slug = :slug and visible limit 1")
                .setParameter("id", id).setParameter("slug", slug).getResultList().isEmpty();
    }

    private Locked lockForWrite(UUID id, String ifMatch) {
        Post post = Post.findForUpdate(id).orElseThrow(() -> ApiException.notFound("The post " + id));
        JsonBody before = reader.written(id);
        etags.checkIfMatch(ifMatch, before);
        return new Locked(post, before);
    }

    private List<UUID> currentAuthors(UUID postId) {
        return links.of(List.of(postId)).authorsOf(postId).stream().map(AuthorSummary::id).toList();
    }

    private String generatedSlug(Post post) {
        String base = Slugs.of(post.title, 200);
        return slugs.firstFree("posts", base.isEmpty() ? "post" : base, 200, post.id);
    }

    private static List<Reference> referencesOf(List<Reference> references) {
        return references == null ? List.of() : references;
    }

    /** When a post the write left scheduled for later goes public; null if it is not. */
    private static Instant goesPublicAt(Post post) {
        return post.effectiveStatus(Instant.now()) == PostStatus.scheduled ? post.publishedAt : null;
    }

}
