package blog.post;

import blog.http.JsonBody;
import blog.paging.PageInfo;
import blog.paging.PageRequest;
import blog.paging.PageWindow;
import blog.paging.SortKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import blog.replicas.ReadConnections;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGStatement;

/**
 * Lists posts with one statement ({@link PostListQuery}) whose rows carry each post's JSON as
 * PostgreSQL writes it; the page is those bytes joined, written once. Outside any transaction.
 */
@ApplicationScoped
public class PostListing {

    private static final byte[] ITEMS = "{\"items\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PAGE = "],\"page\":".getBytes(StandardCharsets.UTF_8);

    private final ReadConnections reads;
    private final ObjectMapper objectMapper;

    PostListing(ReadConnections reads, ObjectMapper objectMapper) {
        this.reads = reads;
        this.objectMapper = objectMapper;
    }

    /** A page of posts as the body to send, and its paging state (for the Link header). */
    public record Listed(JsonBody body, PageInfo page) {
    }

    public Listed list(PostFilter filter, SortKey sort, PageRequest request, PostFields fields) {
        try {
            return reads.read(connection -> {
                List<UUID> tagIds = PostListQuery.isTagPage(filter, sort) ? List.of() : tagIds(connection, filter);
                PostListQuery query = new PostListQuery(filter, sort, tagIds);
                List<Row> rows = rows(connection, query.page(sort, request, fields), query.filtersByValue());
                Long total = request.pageMode() ? count(connection, query.count(), query.filtersByValue()) : null;
                return page(rows, sort, request, total);
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Listing posts failed", e);
        }
    }

    /** One row of a page: the post's id, its sort value and its JSON (UTF-8, as PostgreSQL sent it). */
    private record Row(UUID id, Object sortValue, byte[] json) {
    }

    private List<Row> rows(Connection connection, PostListQuery.Sql sql, boolean planForValues) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, planForValues); ResultSet result = statement.executeQuery()) {
            List<Row> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(new Row(result.getObject(1, UUID.class), result.getObject(2), result.getBytes(3)));
            }
            return rows;
        }
    }

    private static long count(Connection connection, PostListQuery.Sql sql, boolean planForValues) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, planForValues); ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * A statement with filter values is planned for them every time (an unnamed statement): a
     * popular tag walks the listing index, a rare one starts from its few post_tags rows. One
     * without keeps the plan PostgreSQL cached for it.
     */
    private static PreparedStatement prepare(Connection connection, PostListQuery.Sql sql, boolean planForValues)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.text());
        if (planForValues) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        for (int i = 0; i < sql.parameters().size(); i++) {
            Object value = sql.parameters().get(i);
            statement.setObject(i + 1, value instanceof UUID[] ids ? connection.createArrayOf("uuid", ids) : value);
        }
        return statement;
    }

    private Listed page(List<Row> rows, SortKey sort, PageRequest request, Long total) {
        PageWindow<Row> window = PageWindow.of(rows, sort, request, Row::id, Row::sortValue);
        PageInfo info = PageInfo.of(request, window, total);
        return new Listed(body(window.items(), info), info);
    }

    /** {"items":[…],"page":{…}}, the items as PostgreSQL wrote them, copied once into a body of the exact size. */
    private JsonBody body(List<Row> items, PageInfo info) {
        byte[] page;
        try {
            page = objectMapper.writeValueAsBytes(info);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Paging state could not be written", e);
        }
        int length = ITEMS.length + Math.max(items.size() - 1, 0) + PAGE.length + page.length + 1;
        for (Row item : items) {
            length += item.json().length;
        }
        ByteBuffer body = ByteBuffer.allocate(length).put(ITEMS);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                body.put((byte) ',');
            }
            body.put(items.get(i).json());
        }
        return JsonBody.of(body.put(PAGE).put(page).put((byte) '}').array());
    }

    private static List<UUID> tagIds(Connection connection, PostFilter filter) throws SQLException {
        if (filter.tags().isEmpty()) {
            return List.of();
        }
        return ids(connection, "select id from tags where slug = any(?)", connection.createArrayOf("varchar", filter.tags().toArray()));
    }

    private static List<UUID> ids(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                List<UUID> ids = new ArrayList<>();
                while (result.next()) {
                    ids.add(result.getObject(1, UUID.class));
                }
                return ids;
            }
        }
    }
}
