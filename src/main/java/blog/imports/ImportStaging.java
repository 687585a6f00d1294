package blog.imports;

import static blog.imports.ImportText.clip;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes what a reader reads into import_items, in batches (COPY), on one connection and in one
 * transaction that the caller commits once the whole file was read (or rolls back: a file that
 * fails to read leaves nothing). Facts go to a temporary table and are joined to their posts at
 * the end.
 */
final class ImportStaging implements ImportSink {

    private static final int BATCH = 500;
    /** Rows are sent when 500 are waiting or when they pass two million characters, whichever comes first. */
    private static final int MAX_BUFFERED_CHARS = 2 * 1024 * 1024;
    private static final int MAX_SOURCE_ID = 200;
    private static final int MAX_TITLE = 300;

    private final Connection connection;
    private final UUID importId;
    private final ObjectMapper mapper;
    private static final String ITEMS = "copy import_items (import_id, position, phase, kind, source_id, title, payload, outcome, reason) from stdin";
    private static final String FACTS = "copy import_facts (subject, relation, value, ord) from stdin";

    private final CopyManager copy;
    private final StringBuilder items = new StringBuilder();
    private final StringBuilder facts = new StringBuilder();
    private int position;
    private int skippedItems;
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
        copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    @Override
    public void item(ImportItem item) {
        boolean skipped = item instanceof ImportItem.Skipped;
        if (skipped) {
            skippedItems++;
        }
        try {
            row(items, importId.toString(), Integer.toString(++position), Integer.toString(item.phase()), item.kind(),
                    clip(item.sourceId() == null ? "" : item.sourceId(), MAX_SOURCE_ID),
                    item.title() == null ? null : clip(item.title(), MAX_TITLE),
                    skipped ? "{}" : mapper.writeValueAsString(item),
                    skipped ? "skipped" : null, skipped ? ((ImportItem.Skipped) item).reason() : null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Staging an import item failed", e);
        }
        if (++pendingItems == BATCH || items.length() > MAX_BUFFERED_CHARS) {
            flush(items, ITEMS);
            pendingItems = 0;
        }
    }

    @Override
    public void fact(String subject, Fact relation, String value, int order) {
        if (subject == null || value == null) {
            return;
        }
        row(facts, subject, relation.name(), value, Integer.toString(order));
        if (++pendingFacts == BATCH) {
            flush(facts, FACTS);
            pendingFacts = 0;
        }
    }

    /** One row of COPY's text format: tab-separated, \N for null, backslash escapes. */
    private static void row(StringBuilder rows, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            if (values[i] == null) {
                rows.append("\\N");
                continue;
            }
            for (int j = 0; j < values[i].length(); j++) {
                char c = values[i].charAt(j);
                switch (c) {
                    case '\\' -> rows.append("\\\\");
                    case '\n' -> rows.append("\\n");
                    case '\r' -> rows.append("\\r");
                    case '\t' -> rows.append("\\t");
                    default -> rows.append(c);
                }
            }
        }
        rows.append('\n');
    }

    private void flush(StringBuilder rows, String sql) {
        if (rows.isEmpty()) {
            return;
        }
        try {
            byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
            copy.copyIn(sql, new ByteArrayInputStream(bytes));
            rows.setLength(0);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Staging import items failed", e);
        }
    }

    /** Writes what is left, joins the facts to their posts and records what the file was. */
    void finish(ImportFormat format, String source, long fileBytes) throws SQLException {
        flush(items, ITEMS);
        flush(facts, FACTS);
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
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze import_items");
        }
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

    /** Items recorded as skipped as they were read (pages, attachments, …): no worker sees them. */
    int itemsSkipped() {
        return skippedItems;
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
}
