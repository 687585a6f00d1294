package blog.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Row count and a hash of every row version of every table of the test schema (Flyway's history
 * aside), to prove that a rejected write changed nothing. Each committed insert or update gives a
 * row a new {@code xmin} (the transaction that wrote it), so hashing the xmins sees any write, even
 * one that rewrote identical values, without reading (and de-TOASTing) 500 kB Markdown bodies.
 * Tables with columns that something other than the request writes are hashed by content without
 * them instead: using a token stamps last_used_at; the webhook deliverer, running in the background,
 * marks how far it fanned changes out and disables a failing webhook. The deliverer also creates
 * and updates deliveries: of those, only the pings (created or redelivered by a request) count.
 * The changes table is hashed like any other: a rejected write records no change.
 */
final class DatabaseFingerprint {

    private static final Map<String, List<String>> BACKGROUND_COLUMNS = Map.of(
            "webhooks", List.of("fanned_out_seq", "active", "disabled_reason"));
    private static final String DELIVERIES = "webhook_deliveries";
    private static final String PINGS = "select '" + DELIVERIES + "', count(*) || ':' || coalesce(md5(string_agg(id::text || created_at::text,"
            + " '|' order by id)), '-') from " + DELIVERIES + " where event_type = 'ping'";

    private final DataSource dataSource;
    private String query;

    DatabaseFingerprint(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Table name to "rows:md5". */
    Map<String, String> take() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (query == null) {
                query = query(statement);
            }
            Map<String, String> tables = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    tables.put(rows.getString(1), rows.getString(2));
                }
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot fingerprint the database", e);
        }
    }

    static String difference(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(table -> !after.get(table).equals(before.get(table)))
                .map(table -> table + " " + before.get(table) + " -> " + after.get(table))
                .collect(Collectors.joining(", "));
    }

    private static String query(Statement statement) throws SQLException {
        List<String> parts = new ArrayList<>();
        try (ResultSet tables = statement.executeQuery("""
                select table_name, exists (select 1 from information_schema.columns c where c.table_schema = t.table_schema
                                           and c.table_name = t.table_name and c.column_name = 'last_used_at')
                from information_schema.tables t
                where table_schema = current_schema() and table_type = 'BASE TABLE'
                  and table_name not like 'flyway%' order by table_name""")) {
            while (tables.next()) {
                String table = tables.getString(1);
                List<String> excluded = new ArrayList<>(BACKGROUND_COLUMNS.getOrDefault(table, List.of()));
                if (tables.getBoolean(2)) {
                    excluded.add("last_used_at");
                }
                if (table.equals(DELIVERIES)) {
                    parts.add(PINGS);
                    continue;
                }
                String row = excluded.isEmpty() ? "t.xmin::text"
                        : "(to_jsonb(t)" + excluded.stream().map(column -> " - '" + column + "'").collect(Collectors.joining()) + ")::text";
                parts.add("select '" + table + "', count(*) || ':' || coalesce(md5(string_agg(" + row + ", '|' order by "
                        + row + ")), '-') from \"" + table + "\" t");
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalStateException("no tables in the current schema");
        }
        return String.join(" union all ", parts);
    }
}
