package blog.changes;

import blog.cdn.SurrogateKeys;
import blog.http.JsonBody;
import blog.problem.ApiException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.concurrent.Semaphore;

/** Reads the changes after a cursor, in the order they committed, as the JSON PostgreSQL writes. */
@ApplicationScoped
public class ChangeFeed {

    private static final String PAGE = """
            select c.seq, row_to_json(item)::text
              from changes c, lateral (select c.id as "id", c.type as "type",
                                              case when c.visible then 'upsert' else 'delete' end as "change",
                                              c.resource as "resource", c.resource_id as "resourceId", c.slug as "slug",
                                              api_time(c.updated_at) as "updatedAt", api_time(c.occurred_at) as "occurredAt",
                                              %s as "surrogateKeys") item
             where c.seq > ?
             order by c.seq
             limit ?""".formatted(SurrogateKeys.purgedBySql("c.resource", "c.resource_id"));
    private static final String CURSOR_PREFIX = "seq:";
    private static final long POLL_MILLIS = 200;
    static final int MAX_WAITING = 64;

    private final AgroalDataSource dataSource;
    private final Semaphore waiting = new Semaphore(MAX_WAITING);
    private volatile long lastSeq;
    private volatile long lastSeqReadAt = System.nanoTime() - POLL_MILLIS * 1_000_000L;

    ChangeFeed(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The changes after {@code since}; with a wait, the first ones to commit within it. Waiting
     * requests share one read of the last committed number every 200 ms, and at most
     * {@value #MAX_WAITING} wait at once on a server: beyond that the answer comes at once.
     */
    public JsonBody read(String since, int limit, int waitSeconds) {
        long after = decode(since);
        Page page = page(after, limit);
        if (page.count > 0 || waitSeconds == 0 || !waiting.tryAcquire()) {
            return page.body;
        }
        try {
            long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
            while (lastCommittedSeq() <= after) {
                if (System.nanoTime() - deadline >= 0) {
                    return page.body;
                }
                pause();
            }
            return page(after, limit).body;
        } finally {
            waiting.release();
        }
    }

    /** Requests waiting for a change now (wait=). */
    int waitingRequests() {
        return MAX_WAITING - waiting.availablePermits();
    }

    /** The number of the last committed change, read from the database at most once per poll interval. */
    private long lastCommittedSeq() {
        if (System.nanoTime() - lastSeqReadAt >= POLL_MILLIS * 1_000_000L) {
            synchronized (this) {
                if (System.nanoTime() - lastSeqReadAt >= POLL_MILLIS * 1_000_000L) {
                    lastSeq = queryLastSeq();
                    lastSeqReadAt = System.nanoTime();
                }
            }
        }
        return lastSeq;
    }

    private long queryLastSeq() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select last_seq from change_counter where id = 1");
                ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the last change number failed", e);
        }
    }

    private record Page(int count, JsonBody body) {
    }

    private Page page(long after, int limit) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(PAGE)) {
            statement.setLong(1, after);
            statement.setInt(2, limit);
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            json.writeBytes("{\"items\":[".getBytes(StandardCharsets.UTF_8));
            long last = after;
            int count = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    json.writeBytes((count++ == 0 ? "" : ",").getBytes(StandardCharsets.UTF_8));
                    last = rows.getLong(1);
                    json.writeBytes(rows.getBytes(2));
                }
            }
            json.writeBytes(("],\"nextCursor\":\"" + encode(last) + "\"}").getBytes(StandardCharsets.UTF_8));
            return new Page(count, JsonBody.of(json.toByteArray()));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the changes failed", e);
        }
    }

    static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (plain.startsWith(CURSOR_PREFIX)) {
                long seq = Long.parseLong(plain.substring(CURSOR_PREFIX.length()));
                if (seq >= 0) {
                    return seq;
                }
            }
        } catch (IllegalArgumentException notACursor) {
            // answered below
        }
        throw ApiException.invalid("since", "is not a cursor from this API (nextCursor of an earlier answer)");
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for changes", e);
        }
    }
}
