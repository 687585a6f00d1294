package blog.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes what a reader reads into import_items, in batches, on one connection and in one
 * transaction that the caller commits once the whole file was read (or rolls back: a file that
 * fails to read leaves nothing). Facts go to a temporary table and are joined to their posts at
 * the end.
 */
final class ImportStaging implements ImportSink {

    private static final int BATCH = 500;
    private static final int MAX_SOURCE_ID = 200;
    private static final int MAX_TITLE = 300;

    private final Connection connection;
    private final UUID importId;
    private final ObjectMapper mapper;
    private final PreparedStatement items;
    private final PreparedStatement facts;
    private int position;
    private int pendingItems;
    private int pendingFacts;

    ImportStaging(Connection connection, UUID importId, ObjectMapper mapper, boolean dryRun) throws SQLException {
        this.connection = connection;
        this.importId = importId;
        this.mapper = mapper;
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local statement_timeout = '10min'");
            statement.execute("create temporary table import_facts (subject text, relation text, value text, ord integer) on commit drop");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into imports (id, format, source, dry_run, file_bytes, created_at) values (?, 'wordpress', '', ?, 0, ?)")) {
            insert.setObject(1, importId);
            insert.setBoolean(2, dryRun);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        items = connection.prepareStatement("""
                insert into import_items (import_id, position, phase, kind, source_id, title, payload, outcome, reason)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""");
        facts = connection.prepareStatement("insert into import_facts (subject, relation, value, ord) values (?, ?, ?, ?)");
    }

    @Override
    public void item(ImportItem item) {
        try {
            items.setObject(1, importId);
            items.setInt(2, ++position);
            items.setInt(3, item.phase());
            items.setString(4, item.kind());
            items.setString(5, clip(item.sourceId() == null ? "" : item.sourceId(), MAX_SOURCE_ID));
            items.setString(6, item.title() == null ? null : clip(item.title(), MAX_TITLE));
            items.setString(7, item instanceof ImportItem.Skipped ? "{}" : mapper.writeValueAsString(item));
            boolean skipped = item instanceof ImportItem.Skipped;
            items.setString(8, skipped ? "skipped" : null);
            items.setString(9, skipped ? ((ImportItem.Skipped) item).reason() : null);
            items.addBatch();
            if (++pendingItems == BATCH) {
                items.executeBatch();
                pendingItems = 0;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Staging an import item failed", e);
        }
    }

    @Override
    public void fact(String subject, Fact relation, String value, int order) {
        if (subject == null || value == null) {
            return;
        }
        try {
            facts.setString(1, subject);
            facts.setString(2, relation.name());
            facts.setString(3, value);
            facts.setInt(4, order);
            facts.addBatch();
            if (++pendingFacts == BATCH) {
                facts.executeBatch();
                pendingFacts = 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Staging an import fact failed", e);
        }
    }

    /** Writes what is left, joins the facts to their posts and records what the file was. */
    void finish(ImportFormat format, String source, long fileBytes) throws SQLException {
        items.executeBatch();
        facts.executeBatch();
        items.close();
        facts.close();
        try (Statement statement = connection.createStatement()) {
            statement.execute("create index on import_facts (relation, subject)");
            statement.execute("analyze import_facts");
        }
        joinList("TAG", "tags");
        joinList("AUTHOR", "authors");
        joinValue("META_TITLE", "metaTitle");
        joinValue("META_DESCRIPTION", "metaDescription");
        joinValue("FEATURE_IMAGE_ALT", "featureImageAlt");
        update("""
                update import_items p set payload = jsonb_set(p.payload, '{featureImage}', to_jsonb(f.value))
                from import_facts f
                where p.import_id = ? and p.kind = 'post' and f.relation = 'ATTACHMENT_URL'
                  and f.subject = p.payload ->> 'featureImageRef' and p.payload -> 'featureImage' is null""");
        try (PreparedStatement update = connection.prepareStatement(
                "update imports set format = ?, source = ?, file_bytes = ?, finished_at = case when ? then now() end where id = ?")) {
            update.setString(1, format.name());
            update.setString(2, clip(source, 2000));
            update.setLong(3, fileBytes);
            update.setBoolean(4, position == 0);
            update.setObject(5, importId);
            update.executeUpdate();
        }
    }

    int itemsRead() {
        return position;
    }

    private void joinList(String relation, String field) throws SQLException {
        update("""
                update import_items p set payload = jsonb_set(p.payload, '{%s}', f.values)
                from (select subject, jsonb_agg(value order by ord, value) as values from import_facts
                      where relation = '%s' group by subject) f
                where p.import_id = ? and p.kind = 'post' and p.source_id = f.subject""".formatted(field, relation));
    }

    private void joinValue(String relation, String field) throws SQLException {
        update("""
                update import_items p set payload = jsonb_set(p.payload, '{%s}', to_jsonb(f.value))
                from import_facts f
                where p.import_id = ? and p.kind = 'post' and f.relation = '%s' and p.source_id = f.subject""".formatted(field, relation));
    }

    private void update(String sql) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, importId);
            update.executeUpdate();
        }
    }

    private static String clip(String text, int length) {
        return text.codePointCount(0, text.length()) <= length ? text : text.substring(0, text.offsetByCodePoints(0, length));
    }
}
