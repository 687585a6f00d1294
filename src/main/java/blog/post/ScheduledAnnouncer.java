package blog.post;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Announces scheduled posts whose time has come (post.published), on every server, every second:
 * each due post is claimed by one server (FOR UPDATE SKIP LOCKED) and announced in the statement
 * that marks it, so a post is announced once, also when no server ran at its time (the first to
 * start announces it), and also a post that a server older than db/V11 published (it does not mark
 * posts announced).
 */
@ApplicationScoped
public class ScheduledAnnouncer {

    static final String ANNOUNCE_DUE = """
            with due as (
                select id from posts
                 where status <> 'draft' and not announced and published_at <= now()
                 order by published_at
                 limit 100
                   for update skip locked
            ), announced as (
                update posts p set announced = true from due where p.id = due.id
                returning p.id, p.slug, greatest(p.updated_at, p.published_at) as updated_at
            )
            insert into changes (id, type, resource, resource_id, slug, visible, updated_at)
            select gen_random_uuid(), 'post.published', 'post', id, slug, true, updated_at from announced""";

    private final AgroalDataSource dataSource;
    private ScheduledExecutorService timer;

    ScheduledAnnouncer(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void start(@Observes StartupEvent started) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "scheduled-announcer");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::announceDue, 0, 1, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        timer.shutdownNow();
    }

    /** How many posts this call announced. */
    int announceDue() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(ANNOUNCE_DUE);
        } catch (SQLException | RuntimeException e) {
            Log.debugf("Announcing scheduled posts failed (retried in a second): %s", e.getMessage());
            return 0;
        }
    }
}
