package blog.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import blog.problem.ApiException;
import blog.slug.SlugRace;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which failed writes run again, and how often. */
class WriteRetryTest {

    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void shouldRunAgainAfterADeadlockOrASerializationFailure() {
        String result = WriteRetry.run(() -> {
            int attempt = attempts.incrementAndGet();
            if (attempt < 3) {
                throw aborted(attempt == 1 ? "40P01" : "40001");
            }
            return "written";
        });
        assertThat(result).isEqualTo("written");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void shouldGiveUpOnATransactionThatKeepsDeadlocking() {
        assertThatThrownBy(() -> WriteRetry.run(() -> {
            attempts.incrementAndGet();
            throw aborted("40P01");
        })).isInstanceOf(PersistenceException.class);
        assertThat(attempts).hasValue(8);
    }

    @Test
    void shouldNotRunAgainAfterAnyOtherFailure() {
        assertThatThrownBy(() -> WriteRetry.run(() -> {
            attempts.incrementAndGet();
            throw aborted("23505");
        })).isInstanceOf(PersistenceException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void shouldRunAgainWhileAGeneratedSlugIsTakenAndThenAnswerAConflict() {
        assertThatThrownBy(() -> WriteRetry.run(() -> {
            attempts.incrementAndGet();
            throw new SlugRace();
        })).isInstanceOf(ApiException.class).hasMessageContaining("slug");
        assertThat(attempts).hasValue(30);
    }

    private static PersistenceException aborted(String sqlState) {
        return new PersistenceException("JDBC exception", new SQLException("aborted", sqlState));
    }
}
