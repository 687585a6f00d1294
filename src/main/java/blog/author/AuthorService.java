package blog.author;

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

/** Reads and writes authors. Editors manage everyone; any token may edit its own author. */
@ApplicationScoped
public class AuthorService {

    private final EntityManager entityManager;
    private final PublishedPostCounts counts;
    private final SlugAllocator slugs;
    private final ETags etags;
    private final Caller caller;
    private final CacheInvalidation invalidation;

    AuthorService(EntityManager entityManager, PublishedPostCounts counts, SlugAllocator slugs, ETags etags, Caller caller,
            CacheInvalidation invalidation) {
        this.entityManager = entityManager;
        this.counts = counts;
        this.slugs = slugs;
        this.etags = etags;
        this.caller = caller;
        this.invalidation = invalidation;
    }

    @Transactional
    public AuthorResponse get(UUID id) {
        return view(Author.<Author>findByIdOptional(id).orElseThrow(() -> notFound(id)));
    }

    @Transactional
    public AuthorResponse getBySlug(String slug) {
        return view((Slugs.isValid(slug) ? Author.findBySlug(slug) : java.util.Optional.<Author>empty()).orElseThrow(() -> ApiException.notFound("The author '" + slug + "'")));
    }

    @Transactional
    public AuthorPage list(PageRequest request, SortKey sort) {
        KeysetQuery query = new KeysetQuery("authors a", "a.id");
        KeysetQuery.KeysetPage page = query.page(entityManager, sort, request);
        Long total = request.pageMode() ? query.count(entityManager) : null;
        Map<UUID, Author> authors = page.ids().isEmpty() ? Map.of() : Author.<Author>list("id in ?1", page.ids())
                .stream().collect(Collectors.toMap(author -> author.id, Function.identity()));
        Map<UUID, Long> postCounts = counts.of(PublishedPostCounts.By.AUTHOR, page.ids());
        List<AuthorResponse> items = page.ids().stream()
                .map(id -> AuthorResponse.from(authors.get(id), postCounts.getOrDefault(id, 0L), seesPrivateFields()))
                .toList();
        return new AuthorPage(items, PageInfo.of(request, page, total));
    }

    @Transactional
    public AuthorResponse create(AuthorRequest request) {
        caller.require(Role.editor, "create authors");
        Author author = new Author();
        author.id = UuidV7.next();
        apply(author, request);
        author.createdAt = author.updatedAt;
        author.persist();
        flush(author, request.slug() != null);
        invalidation.everythingChanged();
        return view(author);
    }

    @Transactional
    public AuthorResponse patch(UUID id, UnaryOperator<AuthorRequest> merge, String ifMatch) {
        Author author = Author.findForUpdate(id).orElseThrow(() -> notFound(id));
        if (!caller.has(Role.editor) && !id.equals(caller.authorId())) {
            throw Caller.forbidden("Only editors may change other authors.");
        }
        etags.checkIfMatch(ifMatch, view(author));
        AuthorRequest current = new AuthorRequest(author.name, author.slug, author.email, author.bio,
                author.avatarUrl, author.website);
        apply(author, merge.apply(current));
        flush(author, true);
        invalidation.everythingChanged();
        return view(author);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        caller.require(Role.editor, "delete authors");
        Author author = Author.findForUpdate(id).orElseThrow(() -> notFound(id));
        etags.checkIfMatch(ifMatch, view(author));
        if (Author.hasPosts(id)) {
            throw ApiException.conflict("The author still has posts; give them other authors first.");
        }
        author.delete();
        invalidation.everythingChanged();
    }

    private void apply(Author author, AuthorRequest request) {
        author.name = request.name();
        author.email = blankToNull(request.email());
        author.bio = blankToNull(request.bio());
        author.avatarUrl = blankToNull(request.avatarUrl());
        author.website = blankToNull(request.website());
        author.updatedAt = now();
        if (request.slug() != null) {
            author.slug = request.slug();
        } else if (author.slug == null) {
            String base = Slugs.of(author.name, 120);
            author.slug = slugs.firstFree("authors", base.isEmpty() ? "author" : base, 120, author.id);
        }
    }

    private void flush(Author author, boolean explicitSlug) {
        UniqueConstraints.flush(entityManager, constraint -> switch (constraint) {
            case "authors_email_key" -> ApiException.conflict("Another author has this e-mail address.");
            case "authors_slug_key" -> explicitSlug
                    ? ApiException.conflict("The slug '" + author.slug + "' is already taken.")
                    : new SlugRace();
            default -> ApiException.conflict("The author conflicts with an existing one.");
        });
    }

    private AuthorResponse view(Author author) {
        return AuthorResponse.from(author, counts.of(PublishedPostCounts.By.AUTHOR, author.id), seesPrivateFields());
    }

    private boolean seesPrivateFields() {
        return caller.has(Role.editor);
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound("The author " + id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
