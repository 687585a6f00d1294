package blog.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the whole blog as one JSON document, from one snapshot of the database, row by row
 * (a cursor, so memory stays flat at any size). Ids are kept, so that references between posts,
 * tags and authors hold and an import of the document into an empty instance gives it back.
 */
final class ExportWriter {

    private static final int FETCH = 200;

    private static final String AUTHORS = """
            select a.id, a.slug, a.name, a.email, a.bio, a.avatar_url, a.website, a.created_at, a.updated_at,
                   array(select h.old_slug from author_slug_redirects h where h.target_id = a.id order by h.old_slug)
            from authors a order by a.id""";
    private static final String TAGS = """
            select t.id, t.slug, t.name, t.description, t.created_at, t.updated_at,
                   array(select h.old_slug from tag_slug_redirects h where h.target_id = t.id order by h.old_slug)
            from tags t order by t.id""";
    /** A scheduled post whose time has come is published, as it reads. */
    private static final String POSTS = """
            select p.id, p.slug, p.title,
                   case when p.status = 'scheduled' and p.published_at <= now() then 'published' else p.status end,
                   p.published_at, p.created_at, p.updated_at, p.featured, p.feature_image, p.feature_image_alt,
                   p.meta_title, p.meta_description, p.canonical_url, case when p.custom_excerpt then p.excerpt end,
                   array(select t.tag_id::text from post_tags t where t.post_id = p.id order by t.position),
                   array(select a.author_id::text from post_authors a where a.post_id = p.id order by a.position),
                   array(select h.old_slug from post_slug_redirects h where h.target_id = p.id order by h.old_slug),
                   p.markdown
            from posts p order by p.id""";

    private final Connection connection;
    private final JsonGenerator json;

    ExportWriter(Connection connection, JsonGenerator json) {
        this.connection = connection;
        this.json = json;
    }

    void write() throws SQLException, IOException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set transaction isolation level repeatable read, read only");
            statement.execute("set local statement_timeout = 0");
        }
        json.writeStartObject();
        json.writeStringField("format", ExportFormat.NAME);
        json.writeNumberField("version", ExportFormat.VERSION);
        json.writeArrayFieldStart("authors");
        rows(AUTHORS, row -> new ExportDocument.Author(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), instant(row.getTimestamp(8)), instant(row.getTimestamp(9)),
                strings(row.getArray(10))));
        json.writeArrayFieldStart("tags");
        rows(TAGS, row -> new ExportDocument.Tag(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                instant(row.getTimestamp(5)), instant(row.getTimestamp(6)), strings(row.getArray(7))));
        json.writeArrayFieldStart("posts");
        rows(POSTS, row -> new ExportDocument.Post(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                instant(row.getTimestamp(5)), instant(row.getTimestamp(6)), instant(row.getTimestamp(7)), row.getBoolean(8),
                row.getString(9), row.getString(10), row.getString(11), row.getString(12), row.getString(13), row.getString(14),
                strings(row.getArray(15)), strings(row.getArray(16)), strings(row.getArray(17)), row.getString(18)));
        json.writeEndObject();
        json.flush();
        connection.commit();
    }

    private interface RowMapper {
        Object map(ResultSet row) throws SQLException;
    }

    /** Each row as an element of the array the caller opened, which this closes. */
    private void rows(String sql, RowMapper mapper) throws SQLException, IOException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setFetchSize(FETCH);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    json.writeObject(mapper.map(row));
                }
            }
        }
        json.writeEndArray();
    }

    private static String instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().toString();
    }

    private static List<String> strings(Array array) throws SQLException {
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(value.toString());
        }
        array.free();
        return values;
    }
}
