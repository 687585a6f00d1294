package blog.feed;

import blog.config.BlogConfig;
import blog.problem.ApiException;
import blog.site.SiteUrls;
import blog.slug.SlugHistory;
import blog.slug.SlugMoved;
import blog.slug.Slugs;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import blog.replicas.ReadConnections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads a feed's scope and its latest published posts, newest first, in two statements outside
 * any transaction. A tag's or author's posts come from its link rows, which carry each post's
 * visibility and listing time (migration V6), in the order of their index.
 */
@ApplicationScoped
class FeedReader {

    private static final String PUBLIC = "p.status <> 'draft' and p.listed_at <= now()";
    private static final String COLUMNS = "p.id, p.slug, p.title, p.excerpt, %s, p.published_at, p.updated_at,"
            + " p.canonical_url, p.feature_image, p.tags_json::text, p.authors_json::text";
    private static final String LATEST = "select " + COLUMNS + " from posts p where " + PUBLIC
            + " order by p.listed_at desc, p.id desc limit ?";
    private static final String LATEST_LINKED = "select " + COLUMNS + " from %s l join posts p on p.id = l.post_id"
            + " where l.%s = ? and l.post_status <> 'draft' and l.post_listed_at <= now() and " + PUBLIC
            + " order by l.post_listed_at desc, l.post_id desc limit ?";
    private static final String TAG = "select id, slug, name, description, updated_at from tags where slug = ?";
    private static final String AUTHOR = "select id, slug, name, bio, updated_at from authors where slug = ?";

    static final int MAX_SLUG = 120;

    private final ReadConnections reads;
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final SiteUrls site;
    private final BlogConfig config;

    FeedReader(ReadConnections reads, EntityManager entityManager, ObjectMapper objectMapper, SiteUrls site, BlogConfig config) {
        this.reads = reads;
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.site = site;
        this.config = config;
    }

    record Feed(FeedScope scope, List<FeedItem> items) {
    }

    /**
     * The feed at {@code path} of the whole blog, or of the tag or author with this slug: a 404 if
     * there is none, a {@link SlugMoved} to the same feed of its current slug if it had this one.
     */
    Feed read(String path, String tagSlug, String authorSlug) {
        if (tagSlug != null && authorSlug != null) {
            throw ApiException.invalid("author", "cannot be combined with tag: a feed is the blog's, a tag's or an author's");
        }
        boolean withBodies = config.feeds().content() == BlogConfig.Feeds.FeedContent.full;
        try {
            return reads.read(connection -> read(connection, path, tagSlug, authorSlug, withBodies));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a feed failed", e);
        }
    }

    private Feed read(Connection connection, String path, String tagSlug, String authorSlug, boolean withBodies) throws SQLException {
        if (tagSlug != null) {
            FeedScope scope = scope(connection, path, TAG, FeedScope.Kind.tag, "tag", tagSlug, site::tag);
            return new Feed(scope, items(connection, String.format(LATEST_LINKED, body(withBodies), "post_tags", "tag_id"), scope.id()));
        }
        if (authorSlug != null) {
            FeedScope scope = scope(connection, path, AUTHOR, FeedScope.Kind.author, "author", authorSlug, site::author);
            return new Feed(scope, items(connection, String.format(LATEST_LINKED, body(withBodies), "post_authors", "author_id"), scope.id()));
        }
        BlogConfig.Site blog = config.site();
        FeedScope scope = new FeedScope(FeedScope.Kind.blog, null, null, blog.title(), site.home(),
                blog.description().orElse(null), null);
        return new Feed(scope, items(connection, String.format(LATEST, body(withBodies)), null));
    }

    private static String body(boolean withBodies) {
        return withBodies ? "p.html" : "null";
    }

    private FeedScope scope(Connection connection, String path, String sql, FeedScope.Kind kind, String parameter, String slug,
            Function<String, String> page) throws SQLException {
        if (!Slugs.isValid(slug) || slug.length() > MAX_SLUG) {
            throw ApiException.invalid(parameter, "must be the slug of a " + parameter + " (at most " + MAX_SLUG + " characters)");
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, slug);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new SlugHistory(entityManager, parameter).currentSlug(slug)
                            .<RuntimeException>map(current -> new SlugMoved(path + "?" + parameter + "=" + current))
                            .orElseGet(() -> ApiException.notFound("The " + parameter + " '" + slug + "'"));
                }
                String name = row.getString(3);
                return new FeedScope(kind, row.getObject(1, UUID.class), slug, config.site().title() + ": " + name,
                        page.apply(slug), row.getString(4), row.getObject(5, OffsetDateTime.class).toInstant());
            }
        }
    }

    private List<FeedItem> items(Connection connection, String sql, UUID scopeId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = 1;
            if (scopeId != null) {
                statement.setObject(next++, scopeId);
            }
            statement.setInt(next, config.feeds().items());
            try (ResultSet row = statement.executeQuery()) {
                List<FeedItem> items = new ArrayList<>();
                while (row.next()) {
                    items.add(item(row));
                }
                return items;
            }
        }
    }

    private FeedItem item(ResultSet row) throws SQLException {
        UUID id = row.getObject(1, UUID.class);
        var publishedAt = row.getObject(6, OffsetDateTime.class).toInstant();
        String page = site.postPage(id.toString(), row.getString(2), publishedAt);
        String canonicalUrl = row.getString(8);
        return new FeedItem(id, canonicalUrl != null && !canonicalUrl.isBlank() ? canonicalUrl : page, page, row.getString(3),
                row.getString(4), row.getString(5), publishedAt, row.getObject(7, OffsetDateTime.class).toInstant(),
                row.getString(9), named(row.getString(10), site::tag), named(row.getString(11), site::author));
    }

    private List<FeedItem.Named> named(String json, Function<String, String> page) {
        try {
            List<FeedItem.Named> named = new ArrayList<>();
            for (JsonNode node : objectMapper.readTree(json)) {
                String slug = node.path("slug").asText();
                named.add(new FeedItem.Named(slug, node.path("name").asText(), page.apply(slug)));
            }
            return named;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A post's stored tags or authors are not JSON", e);
        }
    }
}
