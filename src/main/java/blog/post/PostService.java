package blog.post;

import blog.auth.Caller;
import blog.common.ApiException;
import blog.common.ETags;
import blog.common.SlugAllocator;
import blog.common.SlugRace;
import blog.common.Slugs;
import blog.common.UniqueConstraints;
import blog.common.UuidV7;
import blog.tag.TagReference;
import blog.tag.TagResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Reads and writes single posts; lists are {@link PostListing}'s. */
@ApplicationScoped
public class PostService {

    private final EntityManager entityManager;
    private final PostTags postTags;
    private final TagResolver tagResolver;
    private final SlugAllocator slugs;
    private final ETags etags;
    private final Caller caller;

    PostService(EntityManager entityManager, PostTags postTags, TagResolver tagResolver, SlugAllocator slugs,
                ETags etags, Caller caller) {
        this.entityManager = entityManager;
        this.postTags = postTags;
        this.tagResolver = tagResolver;
        this.slugs = slugs;
        this.etags = etags;
        this.caller = caller;
    }

    @Transactional
    public PostResponse get(UUID id) {
        return view(visible(Post.findByIdOptional(id), "The post " + id));
    }

    @Transactional
    public PostResponse getBySlug(String slug) {
        return view(visible(Post.findBySlug(slug), "The post '" + slug + "'"));
    }

    @Transactional
    public PostResponse create(PostRequest request) {
        Instant now = now();
        Post post = new Post();
        post.id = UuidV7.next();
        post.createdAt = now;
        List<UUID> tagIds = tagResolver.resolve(tagsOf(request));
        PostWrite.apply(post, request, now);
        post.slug = request.slug() != null ? request.slug() : generatedSlug(post);
        post.persist();
        return saved(post, request, tagIds);
    }

    @Transactional
    public PostResponse replace(UUID id, PostRequest request, String ifMatch) {
        Post post = lockForWrite(id, ifMatch);
        return update(post, request);
    }

    /** Applies a merge patch to the post's writable fields under a row lock, so no write is lost. */
    @Transactional
    public PostResponse patch(UUID id, UnaryOperator<PostRequest> merge, String ifMatch) {
        Post post = lockForWrite(id, ifMatch);
        List<TagReference> tags = postTags.of(id).stream().map(tag -> TagReference.byId(tag.id())).toList();
        return update(post, merge.apply(PostWrite.writableFields(post, tags)));
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        lockForWrite(id, ifMatch).delete();
    }

    private PostResponse update(Post post, PostRequest request) {
        List<UUID> tagIds = tagResolver.resolve(tagsOf(request));
        PostWrite.apply(post, request, now());
        if (request.slug() != null) {
            post.slug = request.slug();
        }
        return saved(post, request, tagIds);
    }

    private PostResponse saved(Post post, PostRequest request, List<UUID> tagIds) {
        boolean explicitSlug = request.slug() != null;
        UniqueConstraints.flush(entityManager, constraint -> {
            if (!constraint.equals("posts_slug_key")) {
                return ApiException.conflict("The post conflicts with an existing one.");
            }
            return explicitSlug ? ApiException.conflict("The slug '" + post.slug + "' is already taken.") : new SlugRace();
        });
        postTags.replace(post.id, tagIds);
        return view(post);
    }

    private Post lockForWrite(UUID id, String ifMatch) {
        Post post = Post.findForUpdate(id).orElseThrow(() -> ApiException.notFound("The post " + id));
        etags.checkIfMatch(ifMatch, view(post));
        return post;
    }

    private Post visible(java.util.Optional<Post> post, String what) {
        Instant now = now();
        return post.filter(found -> caller.canReadUnpublished() || found.isPublic(now))
                .orElseThrow(() -> ApiException.notFound(what));
    }

    private String generatedSlug(Post post) {
        String base = Slugs.of(post.title, 200);
        return slugs.firstFree("posts", base.isEmpty() ? "post" : base, 200, post.id);
    }

    private PostResponse view(Post post) {
        return PostResponse.from(post, postTags.of(post.id), now(), true);
    }

    private static List<TagReference> tagsOf(PostRequest request) {
        return request.tags() == null ? List.of() : request.tags();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
