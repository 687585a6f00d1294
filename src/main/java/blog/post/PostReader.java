package blog.post;

import blog.author.AuthorSummary;
import blog.tag.TagSummary;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads one whole post (bodies, tags and authors) in a single statement and round trip, outside
 * any transaction: the hot path of a blog, where a random post is rarely in any cache.
 */
@ApplicationScoped
public class PostReader {

    /** A post as stored, with its tags and authors in their order. */
    public record StoredPost(Post post, List<TagSummary> tags, List<AuthorSummary> authors) {
    }

    private static final String SELECT = """
            select p.id, p.slug, p.title, p.markdown, p.html, p.excerpt, p.custom_excerpt, p.reading_time_minutes,
                   p.status, p.published_at, p.featured, p.feature_image, p.feature_image_alt, p.meta_title,
                   p.meta_description, p.canonical_url, p.created_at, p.updated_at,
                   (select json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', t.name) order by l.position)
                      from post_tags l join tags t on t.id = l.tag_id where l.post_id = p.id) as tags,
                   (select json_agg(json_build_object('id', a.id, 'slug', a.slug, 'name', a.name) order by l.position)
                      from post_authors l join authors a on a.id = l.author_id where l.post_id = p.id) as authors
              from posts p
            """;
    private static final String BY_ID = SELECT + " where p.id = ?";
    private static final String BY_SLUG = SELECT + " where p.slug = ?";
    private static final TypeReference<List<TagSummary>> TAGS = new TypeReference<>() {
    };
    private static final TypeReference<List<AuthorSummary>> AUTHORS = new TypeReference<>() {
    };

    private final AgroalDataSource dataSource;
    private final ObjectMapper objectMapper;

    PostReader(AgroalDataSource dataSource, ObjectMapper objectMapper) {
        this.dataSource = dataSource;
        this.objectMapper = objectMapper;
    }

    public Optional<StoredPost> byId(UUID id) {
        return read(BY_ID, id);
    }

    public Optional<StoredPost> bySlug(String slug) {
        return read(BY_SLUG, slug);
    }

    private Optional<StoredPost> read(String sql, Object key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(storedPost(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a post failed", e);
        }
    }

    private StoredPost storedPost(ResultSet row) throws SQLException {
        Post post = new Post();
        post.id = row.getObject("id", UUID.class);
        post.slug = row.getString("slug");
        post.title = row.getString("title");
        post.markdown = row.getString("markdown");
        post.html = row.getString("html");
        post.excerpt = row.getString("excerpt");
        post.customExcerpt = row.getBoolean("custom_excerpt");
        post.readingTimeMinutes = row.getInt("reading_time_minutes");
        post.status = PostStatus.valueOf(row.getString("status"));
        post.publishedAt = instant(row, "published_at");
        post.featured = row.getBoolean("featured");
        post.featureImage = row.getString("feature_image");
        post.featureImageAlt = row.getString("feature_image_alt");
        post.metaTitle = row.getString("meta_title");
        post.metaDescription = row.getString("meta_description");
        post.canonicalUrl = row.getString("canonical_url");
        post.createdAt = instant(row, "created_at");
        post.updatedAt = instant(row, "updated_at");
        return new StoredPost(post, list(row.getString("tags"), TAGS), list(row.getString("authors"), AUTHORS));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A JSON array of summaries; null (no rows to aggregate) is an empty list. */
    private <T> List<T> list(String json, TypeReference<List<T>> type) {
        if (json == null) {
            return List.of();
        }
        try {
            return objectMapper.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL returned malformed JSON", e);
        }
    }
}
