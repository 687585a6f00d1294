package blog.post;

import blog.http.JsonBody;
import blog.replicas.ReadConnections;
import blog.replicas.SqlWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Reads one whole post as the JSON PostgreSQL writes (see {@link PostJson}), in one statement:
 * outside any transaction for readers (on a read replica if the request may use one), and inside the writer's transaction for the answer to a
 * write and the If-Match check, so that both see the same bytes.
 */
@ApplicationScoped
public class PostReader {

    private static final String SELECT = "select row_to_json(item)::text, " + PostJson.LAST_MODIFIED
            + " from posts p, lateral (select " + PostJson.columns(PostJson.fields()) + ") item";
    private static final String BY_ID = SELECT + " where p.id = ? and (? or " + PostJson.IS_PUBLIC + ")";
    private static final String BY_SLUG = SELECT + " where p.slug = ? and (? or " + PostJson.IS_PUBLIC + ")";

    private static final String MOVED = "select p.slug from post_slug_redirects h join posts p on p.id = h.target_id"
            + " where h.old_slug = ? and (? or " + PostJson.IS_PUBLIC + ")";

    private final ReadConnections reads;
    private final EntityManager entityManager;

    PostReader(ReadConnections reads, EntityManager entityManager) {
        this.reads = reads;
        this.entityManager = entityManager;
    }

    public Optional<JsonBody> byId(UUID id, boolean unpublishedToo) {
        return read(BY_ID, id, unpublishedToo);
    }

    public Optional<JsonBody> bySlug(String slug, boolean unpublishedToo) {
        return read(BY_SLUG, slug, unpublishedToo);
    }

    /** The current slug of the post that had this one while it was public, if that post may be read. */
    public Optional<String> currentSlug(String oldSlug, boolean unpublishedToo) {
        try {
            return reads.read(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(MOVED)) {
                    statement.setString(1, oldSlug);
                    statement.setBoolean(2, unpublishedToo);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.of(row.getString(1)) : Optional.<String>empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a post's slug history failed", e);
        }
    }

    /** The post as the current transaction has written it (flushed first). */
    public JsonBody written(UUID id) {
        entityManager.flush();
        return entityManager.unwrap(Session.class).doReturningWork(connection -> query(connection, BY_ID, id, true))
                .orElseThrow(() -> new IllegalStateException("The post " + id + " is not in its own transaction"));
    }

    private Optional<JsonBody> read(String sql, Object key, boolean unpublishedToo) {
        try {
            SqlWork<Optional<JsonBody>> work = connection -> query(connection, sql, key, unpublishedToo);
            // Drafts (a preview link's, which is anonymous) are read where they were just saved.
            return unpublishedToo ? reads.onPrimary(work) : reads.read(work);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a post failed", e);
        }
    }

    private static Optional<JsonBody> query(Connection connection, String sql, Object key, boolean unpublishedToo)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            statement.setBoolean(2, unpublishedToo);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new JsonBody(row.getBytes(1),
                        row.getObject(2, OffsetDateTime.class).toInstant())) : Optional.empty();
            }
        }
    }
}
