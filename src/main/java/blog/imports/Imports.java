package blog.imports;

import blog.problem.ApiException;
import blog.problem.ProblemType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import blog.database.UuidV7;

/** Receives import files (read into import_items in one transaction) and reports imports' progress. */
@ApplicationScoped
public class Imports {

    private static final int MAX_FAILURES = 100;

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final ImportMetrics metrics;

    Imports(AgroalDataSource dataSource, ObjectMapper mapper, ImportMetrics metrics) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.metrics = metrics;
    }

    /**
     * Reads the whole file into a new import; any error leaves nothing behind.
     *
     * @param declared the format the Content-Type announces: wordpress for XML, null for JSON (Ghost or this API's)
     */
    public UUID receive(InputStream body, ImportFormat declared, boolean dryRun, long maxBytes) {
        UUID id = UuidV7.next();
        CountingInputStream counted = new CountingInputStream(body, maxBytes);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            // Joining a large file's facts may take longer than the pool's 30 s socket timeout.
            int socketTimeout = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, 0);
            try {
                ImportStaging staging = new ImportStaging(connection, id, mapper, dryRun);
                InputStream in = new BufferedInputStream(counted, 64 * 1024);
                ImportFormat format;
                String source;
                if (declared == ImportFormat.wordpress) {
                    format = ImportFormat.wordpress;
                    source = "wordpress " + new WxrReader(staging).read(in);
                } else {
                    format = new JsonImportReader(staging, mapper).read(in);
                    source = format.name();
                }
                staging.finish(format, source, counted.count());
                connection.commit();
                if (!dryRun) {
                    metrics.skipped(staging.itemsSkipped());
                }
            } catch (RuntimeException | Error | SQLException e) {
                // Also on an Error: a pooled connection commits what is pending when it is returned.
                connection.rollback();
                throw e;
            } finally {
                connection.setNetworkTimeout(Runnable::run, socketTimeout);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Receiving an import failed", e);
        }
        return id;
    }

    public ImportResponse get(UUID id) {
        try (Connection connection = dataSource.getConnection()) {
            Header header = header(connection, id).orElseThrow(() -> ApiException.notFound("The import " + id));
            Map<String, long[]> byKind = new LinkedHashMap<>();
            long[] total = new long[6];
            try (PreparedStatement counts = connection.prepareStatement("""
                    select kind, coalesce(outcome, 'pending'), count(*) from import_items where import_id = ?
                    group by 1, 2 order by min(phase), 1""")) {
                counts.setObject(1, id);
                try (ResultSet row = counts.executeQuery()) {
                    while (row.next()) {
                        int column = switch (row.getString(2)) {
                            case "pending" -> 1;
                            case "created" -> 2;
                            case "existing" -> 3;
                            case "skipped" -> 4;
                            default -> 5;
                        };
                        long[] kind = byKind.computeIfAbsent(row.getString(1), k -> new long[6]);
                        kind[0] += row.getLong(3);
                        kind[column] += row.getLong(3);
                        total[0] += row.getLong(3);
                        total[column] += row.getLong(3);
                    }
                }
            }
            List<ImportResponse.KindCounts> kinds = new ArrayList<>();
            byKind.forEach((kind, counts) -> kinds.add(new ImportResponse.KindCounts(kind, counts(counts))));
            return new ImportResponse(id, header.format, header.source, header.dryRun,
                    header.finishedAt == null ? "running" : "done", header.fileBytes, header.createdAt, header.finishedAt,
                    counts(total), kinds, skipReasons(connection, id), failures(connection, id));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading an import failed", e);
        }
    }

    private record Header(ImportFormat format, String source, boolean dryRun, long fileBytes, Instant createdAt, Instant finishedAt) {
    }

    private static Optional<Header> header(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select format, source, dry_run, file_bytes, created_at, finished_at from imports where id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Header(ImportFormat.valueOf(row.getString(1)), row.getString(2), row.getBoolean(3),
                        row.getLong(4), row.getTimestamp(5).toInstant(),
                        row.getTimestamp(6) == null ? null : row.getTimestamp(6).toInstant()));
            }
        }
    }

    private static List<ImportResponse.SkipReason> skipReasons(Connection connection, UUID id) throws SQLException {
        List<ImportResponse.SkipReason> reasons = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select kind, reason, count(*) from import_items where import_id = ? and outcome = 'skipped'
                group by 1, 2 order by 1, 2""")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    reasons.add(new ImportResponse.SkipReason(row.getString(1), row.getString(2), row.getLong(3)));
                }
            }
        }
        return reasons;
    }

    private static List<ImportResponse.Failure> failures(Connection connection, UUID id) throws SQLException {
        List<ImportResponse.Failure> failures = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select position, kind, source_id, title, reason from import_items where import_id = ? and outcome = 'failed'
                order by position limit ?""")) {
            select.setObject(1, id);
            select.setInt(2, MAX_FAILURES);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    failures.add(new ImportResponse.Failure(row.getInt(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5)));
                }
            }
        }
        return failures;
    }

    private static ImportResponse.Counts counts(long[] counts) {
        return new ImportResponse.Counts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    /** Counts the bytes read, and refuses to read past the limit (413). */
    private static final class CountingInputStream extends InputStream {
        private final InputStream in;
        private final long limit;
        private long count;

        CountingInputStream(InputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > limit) {
                throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "The file is larger than the import limit of " + limit
                        + " bytes (blog.imports.max-file-size).");
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
