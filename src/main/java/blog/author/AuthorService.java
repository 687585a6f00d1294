package blog.author;

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

/** Reads and writes authors. Editors manage everyone; any token may edit its own author. */
@ApplicationScoped
public class AuthorService {

    private final SluggedStore<Author> store;
    private final PublishedPostCounts counts;
    private final ETags etags;
    private final Caller caller;
    private final CacheInvalidation invalidation;

    AuthorService(EntityManager entityManager, SlugAllocator slugs, PublishedPostCounts counts, ETags etags, Caller caller,
            CacheInvalidation invalidation) {
        this.store = new SluggedStore<>(entityManager, slugs, Author.class, "author");
        this.counts = counts;
        this.etags = etags;
        this.caller = caller;
        this.invalidation = invalidation;
    }

    @Transactional
    public AuthorResponse get(UUID id) {
        return view(store.find(id));
    }

    @Transactional
    public AuthorResponse getBySlug(String slug) {
        return view(store.findBySlug(slug));
    }

    @Transactional
    public AuthorPage list(PageRequest request, SortKey sort) {
        SluggedStore.Page<Author> page = store.list(request, sort);
        Map<UUID, Long> postCounts = counts.of(PublishedPostCounts.By.AUTHOR, page.items().stream().map(author -> author.id).toList());
        return new AuthorPage(page.items().stream()
                .map(author -> AuthorResponse.from(author, postCounts.getOrDefault(author.id, 0L), seesPrivateFields())).toList(),
                page.page());
    }

    @Transactional
    public AuthorResponse create(AuthorRequest request) {
        caller.require(Role.editor, "create authors");
        return write(store.create(new Author()), request);
    }

    @Transactional
    public AuthorResponse patch(UUID id, UnaryOperator<AuthorRequest> merge, String ifMatch) {
        if (!caller.has(Role.editor) && !id.equals(caller.authorId())) {
            throw Caller.forbidden("Only editors may change other authors.");
        }
        Author author = lockForWrite(id, ifMatch);
        return write(author, merge.apply(new AuthorRequest(author.name, author.slug, author.email, author.bio,
                author.avatarUrl, author.website)));
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        caller.require(Role.editor, "delete authors");
        Author author = lockForWrite(id, ifMatch);
        if (Author.hasPosts(id)) {
            throw ApiException.conflict("The author still has posts; give them other authors first.");
        }
        author.delete();
        invalidation.everythingChanged();
    }

    private Author lockForWrite(UUID id, String ifMatch) {
        Author author = store.lockForWrite(id);
        etags.checkIfMatch(ifMatch, view(author));
        return author;
    }

    private AuthorResponse write(Author author, AuthorRequest request) {
        author.name = request.name();
        author.email = blankToNull(request.email());
        author.bio = blankToNull(request.bio());
        author.avatarUrl = blankToNull(request.avatarUrl());
        author.website = blankToNull(request.website());
        store.write(author, request.slug(), constraint -> constraint.equals("authors_email_key")
                ? ApiException.conflict("Another author has this e-mail address.")
                : ApiException.conflict("The author conflicts with an existing one."));
        invalidation.everythingChanged();
        return view(author);
    }

    private AuthorResponse view(Author author) {
        return AuthorResponse.from(author, counts.of(PublishedPostCounts.By.AUTHOR, author.id), seesPrivateFields());
    }

    private boolean seesPrivateFields() {
        return caller.has(Role.editor);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
