package blog.changes;

import static blog.TestData.createId;
import static blog.TestData.post;
import static blog.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import blog.Scrape;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeMetricsTest {

    private static final String LAST_SEQ = "blog_changes_last_seq";

    @Test
    void shouldShowTheNumberOfTheLastChange() {
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(10)).until(() -> !Double.isNaN(Scrape.now().value(LAST_SEQ)));
        Scrape before = Scrape.now();
        createId(post(unique("Changed"), "status", "published"));
        Scrape[] after = new Scrape[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> (after[0] = Scrape.now()).since(before, LAST_SEQ) >= 1);
        assertThat(after[0].since(before, LAST_SEQ)).isEqualTo(1);
        assertThat(after[0].value("blog_changes_last_age_seconds")).isBetween(0.0, 60.0);
        assertThat(after[0].value("blog_changes_waiting_requests")).isZero();
    }
}
