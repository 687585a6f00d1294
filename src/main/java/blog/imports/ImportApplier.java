package blog.imports;

import static blog.imports.ImportText.blankToNull;
import static blog.imports.ImportText.clip;
import static blog.imports.ImportText.firstNonBlank;

import blog.author.AuthorRequest;
import blog.cache.CacheInvalidation;
import blog.changes.ChangeLog;
import blog.changes.ChangeType;
import blog.database.StoredTime;
import blog.database.UuidV7;
import blog.json.Urls;
import blog.post.PostRequest;
import blog.post.PostService;
import blog.post.PostStatus;
import blog.problem.ApiException;
import blog.problem.ProblemType;
import blog.slug.SlugAllocator;
import blog.slug.Slugs;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Applies one staged item, in the caller's transaction: finds what it became before (imported
 * from the same source, or matched), or creates it. Authors match by login (slug) or e-mail, tags
 * by slug or name; posts are created through {@link PostService} as any post is.
 */
@ApplicationScoped
class ImportApplier {

    private static final Pattern HTTP_URL = Pattern.compile(Urls.HTTP_URL);
    private static final String UNTITLED = "(untitled)";

    private final EntityManager entityManager;
    private final SlugAllocator slugs;
    private final ChangeLog changes;
    private final PostService posts;
    private final ObjectMapper mapper;
    private final GhostBodies ghostBodies;
    private final Validator validator;
    private final CacheInvalidation invalidation;

    ImportApplier(EntityManager entityManager, SlugAllocator slugs, ChangeLog changes, PostService posts, ObjectMapper mapper,
                  Validator validator, CacheInvalidation invalidation) {
        this.entityManager = entityManager;
        this.slugs = slugs;
        this.changes = changes;
        this.posts = posts;
        this.mapper = mapper;
        this.ghostBodies = new GhostBodies(mapper);
        this.validator = validator;
        this.invalidation = invalidation;
    }

    /** What became of an item: created or existing with the resource's id. */
    record Applied(String outcome, UUID resourceId) {
    }

    /** An import's identity, the same for every item of it. */
    record Batch(UUID importId, String source, ImportFormat format) {
    }

    /**
     * Commits of items need not wait for the disk: the claiming transaction that records their
     * outcomes commits after them and waits, which makes them durable too. A crash before it leaves
     * the items pending, and an item already applied is found again by its source id. Public reads
     * are evicted from the caches of every server once the transaction commits (tags and authors
     * appear inside posts).
     */
    void prepareTransaction() {
        entityManager.createNativeQuery("set local synchronous_commit = off").executeUpdate();
        invalidation.everythingChanged();
    }

    Applied apply(Batch batch, String kind, String payload) throws JsonProcessingException {
        return switch (kind) {
            case "author" -> author(batch, mapper.readValue(payload, ImportItem.Author.class));
            case "tag" -> tag(batch, mapper.readValue(payload, ImportItem.Tag.class));
            default -> post(batch, mapper.readValue(payload, ImportItem.Post.class));
        };
    }

    private Applied author(Batch batch, ImportItem.Author author) {
        // Ghost's user ids are not unique across sites (the owner is "1" in older ones): its authors match by login or e-mail only.
        Optional<Applied> known = batch.format() == ImportFormat.ghost ? Optional.empty() : known(batch, "author", author.sourceId(), "authors");
        if (known.isPresent()) {
            return known.get();
        }
        String email = author.email() != null && author.email().strip().length() <= 254
                && validator.validateValue(AuthorRequest.class, "email", author.email().strip()).isEmpty() ? author.email().strip() : null;
        String login = author.slug() == null ? "" : Slugs.of(author.slug(), 120);
        Optional<UUID> matched = first("select id from authors where slug = :slug or lower(email) = lower(:email) order by slug = :slug desc",
                Map.of("slug", login, "email", email == null ? "" : email));
        if (matched.isPresent()) {
            return remember(batch, "author", author.sourceId(), matched.get(), "existing");
        }
        UUID id = idFor(batch, author.sourceId());
        String name = clip(firstNonBlank(author.name(), author.slug(), "Author"), 100);
        String base = login.isEmpty() ? Slugs.of(name, 120) : login;
        String slug = slugs.firstFree("authors", base.isEmpty() ? "author" : base, 120, id);
        Instant created = orNow(author.createdAt());
        entityManager.createNativeQuery("""
                        insert into authors (id, slug, name, email, bio, avatar_url, website, created_at, updated_at)
                        values (:id, :slug, :name, :email, :bio, :avatar, :website, :created, :updated)""")
                .setParameter("id", id).setParameter("slug", slug).setParameter("name", name).setParameter("email", email)
                .setParameter("bio", clip(blankToNull(author.bio()), 2000))
                .setParameter("avatar", httpUrl(author.avatarUrl())).setParameter("website", httpUrl(author.website()))
                .setParameter("created", created).setParameter("updated", later(author.updatedAt(), created))
                .executeUpdate();
        oldSlugs("author_slug_redirects", id, author.oldSlugs());
        changes.record(ChangeType.AUTHOR_CREATED, id, slug, later(author.updatedAt(), created));
        return remember(batch, "author", author.sourceId(), id, "created");
    }

    private Applied tag(Batch batch, ImportItem.Tag tag) {
        Optional<Applied> known = known(batch, "tag", tag.sourceId(), "tags");
        if (known.isPresent()) {
            return known.get();
        }
        String name = clip(firstNonBlank(tag.name(), tag.slug(), "Tag"), 100);
        String base = Slugs.of(firstNonBlank(tag.slug(), name), 120);
        Optional<UUID> matched = first("select id from tags where lower(name) = lower(:name) or slug = :slug order by lower(name) = lower(:name) desc",
                Map.of("name", name, "slug", base));
        if (matched.isPresent()) {
            return remember(batch, "tag", tag.sourceId(), matched.get(), "existing");
        }
        UUID id = idFor(batch, tag.sourceId());
        if (base.isEmpty()) {
            base = Slugs.of(name, 120).isEmpty() ? "tag" : Slugs.of(name, 120);
        }
        String slug = slugs.firstFree("tags", base, 120, id);
        Instant created = orNow(tag.createdAt());
        entityManager.createNativeQuery("""
                        insert into tags (id, slug, name, description, created_at, updated_at)
                        values (:id, :slug, :name, :description, :created, :updated)""")
                .setParameter("id", id).setParameter("slug", slug).setParameter("name", name)
                .setParameter("description", blankToNull(tag.description()))
                .setParameter("created", created).setParameter("updated", later(tag.updatedAt(), created))
                .executeUpdate();
        oldSlugs("tag_slug_redirects", id, tag.oldSlugs());
        changes.record(ChangeType.TAG_CREATED, id, slug, later(tag.updatedAt(), created));
        return remember(batch, "tag", tag.sourceId(), id, "created");
    }

    private Applied post(Batch batch, ImportItem.Post post) throws JsonProcessingException {
        Optional<Applied> known = known(batch, "post", post.sourceId(), "posts");
        if (known.isPresent()) {
            return known.get();
        }
        UUID id = idFor(batch, post.sourceId());
        String title = clip(firstNonBlank(post.title(), UNTITLED), 300);
        String markdown = markdown(post);
        if (markdown.length() > PostRequest.MAX_MARKDOWN) {
            throw ApiException.invalid("markdown", "the body is " + markdown.length() + " characters of Markdown, more than "
                    + PostRequest.MAX_MARKDOWN);
        }
        String base = Slugs.of(firstNonBlank(post.slug(), title), 200);
        if (base.isEmpty()) {
            base = Slugs.of(title, 200).isEmpty() ? "post" : Slugs.of(title, 200);
        }
        String slug = slugs.firstFree("posts", base, 200, id);
        PostStatus status = status(post);
        PostRequest request = new PostRequest(title, slug, markdown, clip(blankToNull(post.excerpt()), 1000), status,
                post.publishedAt(), post.featured(), httpUrl(post.featureImage()), clip(blankToNull(post.featureImageAlt()), 300),
                clip(blankToNull(post.metaTitle()), 300), clip(blankToNull(post.metaDescription()), 500), httpUrl(post.canonicalUrl()),
                null, null);
        Set<ConstraintViolation<PostRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION, violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted().collect(Collectors.joining("; ")));
        }
        Links links = resolve(batch, post.tags(), post.authors());
        posts.createImported(id, request, links.tags(), links.authors(), post.createdAt(), post.updatedAt());
        List<String> paths = post.oldPaths() == null ? List.of() : post.oldPaths().stream().filter(path -> path.length() <= 2048).toList();
        if (!paths.isEmpty()) {
            entityManager.createNativeQuery("insert into imported_paths (path, post_id) select path, :id "
                            + "from unnest(cast(:paths as text[])) as path on conflict do nothing")
                    .setParameter("paths", paths.toArray(String[]::new)).setParameter("id", id).executeUpdate();
        }
        oldSlugs("post_slug_redirects", id, post.oldSlugs());
        return remember(batch, "post", post.sourceId(), id, "created");
    }

    /** scheduled only while its time lies ahead; published at a future time is scheduled (as PostService stores it). */
    private static PostStatus status(ImportItem.Post post) {
        if (post.publishedAt() == null) {
            return PostStatus.draft;
        }
        return switch (String.valueOf(post.status())) {
            case "published", "scheduled" -> PostStatus.published;
            default -> PostStatus.draft;
        };
    }

    private String markdown(ImportItem.Post post) throws JsonProcessingException {
        if (post.markdown() != null) {
            return post.markdown();
        }
        if (post.html() != null && !post.html().isBlank()) {
            return HtmlToMarkdown.convert(post.html());
        }
        if (post.lexical() != null && !post.lexical().isBlank()) {
            return HtmlToMarkdown.convert(ghostBodies.lexicalToHtml(post.lexical()));
        }
        if (post.mobiledoc() != null && !post.mobiledoc().isBlank()) {
            return HtmlToMarkdown.convert(ghostBodies.mobiledocToHtml(post.mobiledoc()));
        }
        return "";
    }

    /** A post's tags and authors as ids, in the file's order. */
    private record Links(List<UUID> tags, List<UUID> authors) {
    }

    /**
     * The ids the file's references became, in order and without duplicates (one query for tags
     * and authors): through this import's items, or an earlier import of the same source; a
     * reference to something skipped (an internal tag) or not in the database (a dry run's) is left out.
     */
    private Links resolve(Batch batch, List<String> tags, List<String> authors) {
        List<String> tagReferences = tags == null ? List.of() : tags;
        List<String> authorReferences = authors == null ? List.of() : authors;
        if (tagReferences.isEmpty() && authorReferences.isEmpty()) {
            return new Links(List.of(), List.of());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select s.kind, s.source_id, coalesce(i.resource_id, o.resource_id)
                        from (select 'tag', r from unnest(string_to_array(:tags, chr(31))) as r
                              union all select 'author', r from unnest(string_to_array(:authors, chr(31))) as r) as s(kind, source_id)
                        left join import_items i on i.import_id = :import and i.kind = s.kind and i.source_id = s.source_id
                                                  and i.outcome in ('created', 'existing')
                        left join imported_sources o on o.source = :source and o.kind = s.kind and o.source_id = s.source_id
                        where exists (select 1 from tags t where s.kind = 'tag' and t.id = coalesce(i.resource_id, o.resource_id))
                           or exists (select 1 from authors a where s.kind = 'author' and a.id = coalesce(i.resource_id, o.resource_id))""")
                .setParameter("tags", String.join("\u001f", tagReferences))
                .setParameter("authors", String.join("\u001f", authorReferences))
                .setParameter("import", batch.importId()).setParameter("source", batch.source()).getResultList();
        Map<String, UUID> ids = new HashMap<>();
        rows.forEach(row -> ids.put(row[0] + " " + row[1], (UUID) row[2]));
        return new Links(ordered(ids, "tag", tagReferences, PostRequest.MAX_TAGS),
                ordered(ids, "author", authorReferences, PostRequest.MAX_AUTHORS));
    }

    private static List<UUID> ordered(Map<String, UUID> ids, String kind, List<String> references, int max) {
        List<UUID> resolved = new ArrayList<>();
        for (String reference : references) {
            UUID id = ids.get(kind + " " + reference);
            if (id != null && !resolved.contains(id) && resolved.size() < max) {
                resolved.add(id);
            }
        }
        return resolved;
    }

    /**
     * What the item became before: in an earlier import of the same source (existing), or in this
     * one, by a server that died before it recorded the outcome (created); for this API's export,
     * the resource with its id (existing).
     */
    private Optional<Applied> known(Batch batch, String kind, String sourceId, String table) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select o.resource_id, o.import_id from imported_sources o join %s t on t.id = o.resource_id
                        where o.source = :source and o.kind = :kind and o.source_id = :sourceId""".formatted(table))
                .setParameter("source", batch.source()).setParameter("kind", kind).setParameter("sourceId", sourceId)
                .getResultList();
        if (!rows.isEmpty()) {
            Object[] row = rows.get(0);
            return Optional.of(new Applied(batch.importId().equals(row[1]) ? "created" : "existing", (UUID) row[0]));
        }
        if (batch.format() != ImportFormat.blog) {
            return Optional.empty();
        }
        return parseUuid(sourceId).flatMap(id -> first("select id from " + table + " where id = :id", Map.of("id", id)))
                .map(id -> new Applied("existing", id));
    }

    private Applied remember(Batch batch, String kind, String sourceId, UUID id, String outcome) {
        entityManager.createNativeQuery("""
                        insert into imported_sources (source, kind, source_id, resource_id, import_id)
                        values (:source, :kind, :sourceId, :id, :import)
                        on conflict (source, kind, source_id) do update set resource_id = excluded.resource_id, import_id = excluded.import_id""")
                .setParameter("source", batch.source()).setParameter("kind", kind).setParameter("sourceId", sourceId)
                .setParameter("id", id).setParameter("import", batch.importId()).executeUpdate();
        return new Applied(outcome, id);
    }

    private void oldSlugs(String table, UUID id, List<String> oldSlugs) {
        for (String old : oldSlugs == null ? List.<String>of() : oldSlugs) {
            if (Slugs.isValid(old)) {
                entityManager.createNativeQuery("insert into " + table + " (old_slug, target_id) values (:slug, :id) on conflict do nothing")
                        .setParameter("slug", old).setParameter("id", id).executeUpdate();
            }
        }
    }

    /** This API's exports keep their ids, so that an export imported elsewhere keeps its links; other sources get new ones. */
    private static UUID idFor(Batch batch, String sourceId) {
        return batch.format() == ImportFormat.blog ? parseUuid(sourceId).orElseGet(UuidV7::next) : UuidV7.next();
    }

    private Optional<UUID> first(String sql, Map<String, Object> parameters) {
        var query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object> rows = query.setMaxResults(1).getResultList();
        return rows.stream().findFirst().map(UUID.class::cast);
    }

    private static Optional<UUID> parseUuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static Instant orNow(Instant instant) {
        return instant != null ? instant : StoredTime.now();
    }

    private static Instant later(Instant instant, Instant notBefore) {
        return instant != null && instant.isAfter(notBefore) ? instant : notBefore;
    }

    private static String httpUrl(String url) {
        String value = blankToNull(url);
        return value != null && value.length() <= 2048 && HTTP_URL.matcher(value).matches() ? value : null;
    }
}
