package blog.post;

import blog.http.JsonBody;
import blog.problem.ApiException;
import blog.replicas.ReadConnections;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Published posts related to one: those sharing the most of its tags first; among equals, the
 * ones whose title and excerpt are most like its title (PostgreSQL full-text rank), then the
 * newest. Looks at the {@value #LATEST_PER_TAG} latest posts of each of its tags and ranks the
 * {@value #POOL} that share the most (the newest of equals), so that a tag on a third of the
 * posts costs no more than a rare one.
 */
@ApplicationScoped
public class RelatedPosts {

    static final int POOL = 200;
    static final int LATEST_PER_TAG = 1000;
    private static final String SOURCE = "select 1 from posts p where p.id = ? and (? or " + PostJson.IS_PUBLIC + ")";
    private static final String RELATED = """
            with candidates as (
                select l.post_id, count(*) as shared, max(l.post_listed_at) as listed_at
                from post_tags s cross join lateral (
                    select l.post_id, l.post_listed_at from post_tags l
                    where l.tag_id = s.tag_id and l.post_status <> 'draft' and l.post_listed_at <= now()
                    order by l.post_listed_at desc limit %d) l
                where s.post_id = ? and l.post_id <> s.post_id
                group by l.post_id order by shared desc, listed_at desc, l.post_id desc limit %d
            ), source as (
                select replace(plainto_tsquery('english', p.title)::text, '&', '|')::tsquery as words from posts p where p.id = ?
            )
            select row_to_json(item)::text
            from candidates c join posts p on p.id = c.post_id and %s cross join source
            cross join lateral (select %s) item
            order by c.shared desc, ts_rank(p.rank_vector, source.words) desc, p.listed_at desc, p.id desc
            limit ?""";

    private final ReadConnections reads;
    private final String related;

    RelatedPosts(ReadConnections reads) {
        this.reads = reads;
        this.related = RELATED.formatted(LATEST_PER_TAG, POOL, PostJson.IS_PUBLIC, PostJson.columns(PostFields.parse(null).names()));
    }

    /** {"items": […]} as list items (no bodies); a 404 if the post does not exist or may not be read. */
    public JsonBody of(UUID id, int limit, boolean unpublishedToo) {
        try {
            return reads.read(connection -> {
                if (!exists(connection, id, unpublishedToo)) {
                    throw ApiException.notFound("The post " + id);
                }
                return JsonBody.of(items(connection, id, limit));
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Reading related posts failed", e);
        }
    }

    private byte[] items(Connection connection, UUID id, int limit) throws SQLException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(limit * 1024);
        body.writeBytes("{\"items\":[".getBytes(StandardCharsets.UTF_8));
        try (PreparedStatement statement = connection.prepareStatement(related)) {
            statement.setObject(1, id);
            statement.setObject(2, id);
            statement.setInt(3, limit);
            try (ResultSet row = statement.executeQuery()) {
                for (boolean first = true; row.next(); first = false) {
                    if (!first) {
                        body.write(',');
                    }
                    body.writeBytes(row.getBytes(1));
                }
            }
        }
        body.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static boolean exists(Connection connection, UUID id, boolean unpublishedToo) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SOURCE)) {
            statement.setObject(1, id);
            statement.setBoolean(2, unpublishedToo);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        }
    }
}
