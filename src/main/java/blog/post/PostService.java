package blog.post;

import blog.auth.Caller;
import blog.author.AuthorResolver;
import blog.cache.CacheInvalidation;
import blog.author.AuthorSummary;
import blog.common.ApiException;
import blog.common.ETags;
import blog.common.Reference;
import blog.common.SlugAllocator;
import blog.common.SlugRace;
import blog.common.Slugs;
import blog.common.UniqueConstraints;
import blog.common.UuidV7;
import blog.tag.TagResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
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

    PostService(EntityManager entityManager, PostLinks links, PostReader reader, TagResolver tagResolver, AuthorResolver authorResolver,
                SlugAllocator slugs, ETags etags, Caller caller, CacheInvalidation invalidation) {
        this.entityManager = entityManager;
        this.links = links;
        this.reader = reader;
        this.tagResolver = tagResolver;
        this.authorResolver = authorResolver;
        this.slugs = slugs;
        this.etags = etags;
        this.caller = caller;
        this.invalidation = invalidation;
    }

    public PostResponse get(UUID id) {
        return visible(reader.byId(id), "The post " + id);
    }

    public PostResponse getBySlug(String slug) {
        return visible(Slugs.isValid(slug) ? reader.bySlug(slug) : Optional.empty(), "The post '" + slug + "'");
    }

    @Transactional
    public PostResponse create(PostRequest request) {
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
        post.persist();
        PostResponse saved = saved(post, request, tagIds, authorIds);
        invalidation.postChanged(post.id, goesPublicAt(post), post.slug);
        return saved;
    }

    @Transactional
    public PostResponse replace(UUID id, PostRequest request, String ifMatch) {
        return update(lockForWrite(id, ifMatch), request);
    }

    /** Applies a merge patch to the post's writable fields under a row lock, so no write is lost. */
    @Transactional
    public PostResponse patch(UUID id, UnaryOperator<PostRequest> merge, String ifMatch) {
        Post post = lockForWrite(id, ifMatch);
        PostLinks.Links current = links.of(List.of(id));
        List<Reference> tags = current.tagsOf(id).stream().map(tag -> Reference.byId(tag.id())).toList();
        List<Reference> authors = current.authorsOf(id).stream().map(author -> Reference.byId(author.id())).toList();
        return update(post, merge.apply(PostWrite.writableFields(post, tags, authors)));
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Post post = lockForWrite(id, ifMatch);
        PostPermissions.checkDelete(caller, post, currentAuthors(id));
        post.delete();
        invalidation.postChanged(id, null, post.slug);
    }

    private PostResponse update(Post post, PostRequest request) {
        List<UUID> current = currentAuthors(post.id);
        List<UUID> authorIds = request.authors() != null ? authorResolver.resolve(request.authors()) : current;
        PostPermissions.checkEdit(caller, post, current, PostWrite.requestedStatus(post, request), authorIds);
        List<UUID> tagIds = tagResolver.resolve(referencesOf(request.tags()));
        String previousSlug = post.slug;
        PostWrite.apply(post, request, now());
        if (request.slug() != null) {
            post.slug = request.slug();
        }
        PostResponse saved = saved(post, request, tagIds, authorIds);
        invalidation.postChanged(post.id, goesPublicAt(post), previousSlug, post.slug);
        return saved;
    }

    private PostResponse saved(Post post, PostRequest request, List<UUID> tagIds, List<UUID> authorIds) {
        boolean explicitSlug = request.slug() != null;
        UniqueConstraints.flush(entityManager, constraint -> {
            if (!constraint.equals("posts_slug_key")) {
                return ApiException.conflict("The post conflicts with an existing one.");
            }
            return explicitSlug ? ApiException.conflict("The slug '" + post.slug + "' is already taken.") : new SlugRace();
        });
        links.replaceTags(post.id, tagIds);
        links.replaceAuthors(post.id, authorIds);
        return view(post);
    }

    private Post lockForWrite(UUID id, String ifMatch) {
        Post post = Post.findForUpdate(id).orElseThrow(() -> ApiException.notFound("The post " + id));
        etags.checkIfMatch(ifMatch, view(post));
        return post;
    }

    private List<UUID> currentAuthors(UUID postId) {
        return links.of(List.of(postId)).authorsOf(postId).stream().map(AuthorSummary::id).toList();
    }

    private PostResponse visible(Optional<PostReader.StoredPost> stored, String what) {
        Instant now = now();
        return stored.filter(found -> caller.canReadUnpublished() || found.post().isPublic(now))
                .map(found -> PostResponse.from(found.post(), found.tags(), found.authors(), now, true))
                .orElseThrow(() -> ApiException.notFound(what));
    }

    private String generatedSlug(Post post) {
        String base = Slugs.of(post.title, 200);
        return slugs.firstFree("posts", base.isEmpty() ? "post" : base, 200, post.id);
    }

    private PostResponse view(Post post) {
        PostLinks.Links postLinks = links.of(List.of(post.id));
        return PostResponse.from(post, postLinks.tagsOf(post.id), postLinks.authorsOf(post.id), now(), true);
    }

    private static List<Reference> referencesOf(List<Reference> references) {
        return references == null ? List.of() : references;
    }

    /** When a post the write left scheduled for later goes public; null if it is not. */
    private static Instant goesPublicAt(Post post) {
        return post.effectiveStatus(Instant.now()) == PostStatus.scheduled ? post.publishedAt : null;
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
