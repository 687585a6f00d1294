package blog.author;

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

/** Reads and writes authors. Editors manage everyone; any token may edit its own author. */
@ApplicationScoped
public class AuthorService {

    private final SluggedStore<Author> store;
    private final PublishedPostCounts counts;
    private final ETags etags;
    private final Caller caller;
    private final CacheInvalidation invalidation;
    private final ChangeLog changes;

    AuthorService(EntityManager entityManager, SlugAllocator slugs, PublishedPostCounts counts, ETags etags, Caller caller,
            CacheInvalidation invalidation, ChangeLog changes) {
        this.store = new SluggedStore<>(entityManager, slugs, Author.class, "author");
        this.counts = counts;
        this.etags = etags;
        this.caller = caller;
        this.invalidation = invalidation;
        this.changes = changes;
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
        changes.record(ChangeType.AUTHOR_DELETED, author.id, author.slug, author.updatedAt);
        invalidation.everythingChanged();
    }

    private Author lockForWrite(UUID id, String ifMatch) {
        Author author = store.lockForWrite(id);
        etags.checkIfMatch(ifMatch, view(author));
        return author;
    }

    private AuthorResponse write(Author author, AuthorRequest request) {
        List<String> before = publicFields(author);
        author.name = request.name();
        author.email = blankToNull(request.email());
        author.bio = blankToNull(request.bio());
        author.avatarUrl = blankToNull(request.avatarUrl());
        author.website = blankToNull(request.website());
        store.write(author, request.slug(), constraint -> constraint.equals("authors_email_key")
                ? ApiException.conflict("Another author has this e-mail address.")
                : ApiException.conflict("The author conflicts with an existing one."));
        if (before.get(0) == null) {
            changes.record(ChangeType.AUTHOR_CREATED, author.id, author.slug, author.updatedAt);
        } else if (!before.equals(publicFields(author))) {
            changes.record(ChangeType.AUTHOR_UPDATED, author.id, author.slug, author.updatedAt);
        }
        invalidation.everythingChanged();
        return view(author);
    }

    /** What the public sees of an author (not the e-mail), to tell a write that changes it; the name first: null when new. */
    private static List<String> publicFields(Author author) {
        return Arrays.asList(author.name, author.slug, author.bio, author.avatarUrl, author.website);
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
