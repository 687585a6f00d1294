package blog.changes;

import static blog.TestData.AUTHORIZATION;
import static blog.TestData.MERGE_PATCH;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Fifty writers publish, edit, unpublish and delete posts in overlapping transactions while a
 * reader follows the feed; the public set the reader rebuilds from the feed alone must equal the
 * database's. A feed that numbered changes when they were written rather than when they
 * committed would skip the slow ones here.
 */
@QuarkusTest
class ChangesFeedConcurrencyTest {

    private static final int WRITERS = 50;
    private static final Duration WRITING = Duration.ofSeconds(6);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRebuildThePublicSetFromTheFeedAloneWhileFiftyWritersCommit() throws Exception {
        FeedReader feed = FeedReader.atHead();
        Set<String> touched = ConcurrentHashMap.newKeySet();
        Map<String, String> rebuilt = new HashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        Future<Integer> reader = pool.submit(() -> {
            int pages = 0;
            while (writing.get()) {
                apply(feed.next(25, 0), rebuilt);
                pages++;
            }
            apply(feed.readAll(), rebuilt);
            return pages;
        });
        List<Future<Integer>> writers = new ArrayList<>();
        long end = System.nanoTime() + WRITING.toNanos();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(pool.submit(() -> write(end, touched)));
        }
        int writes = 0;
        for (Future<Integer> writer : writers) {
            writes += writer.get(2, TimeUnit.MINUTES);
        }
        writing.set(false);
        int pages = reader.get(2, TimeUnit.MINUTES);
        pool.shutdown();

        System.out.printf("%d writes by %d writers; the reader read %d pages meanwhile%n", writes, WRITERS, pages);
        assertThat(writes).as("writes made").isGreaterThan(WRITERS * 3);
        assertThat(pages).as("pages the reader read while the writers wrote").isGreaterThan(3);
        Map<String, String> rebuiltOfTouched = new HashMap<>(rebuilt);
        rebuiltOfTouched.keySet().retainAll(touched);
        assertThat(rebuiltOfTouched).isEqualTo(publicPosts(touched));
    }

    /** One writer: creates posts (some public, some drafts) and moves them through their lives until the time is up. */
    private static int write(long end, Set<String> touched) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<String> mine = new ArrayList<>();
        int writes = 0;
        while (System.nanoTime() < end) {
            int choice = random.nextInt(10);
            if (mine.isEmpty() || choice < 3) {
                String status = random.nextBoolean() ? "published" : "draft";
                String id = given().header("Authorization", AUTHORIZATION).contentType(ContentType.JSON)
                        .body(Map.of("title", unique("Concurrent"), "status", status, "markdown", "Text."))
                        .post("/api/v1/posts").then().statusCode(201).extract().path("id");
                touched.add(id);
                mine.add(id);
            } else {
                String id = mine.get(random.nextInt(mine.size()));
                if (choice == 3) {
                    given().header("Authorization", AUTHORIZATION).delete("/api/v1/posts/" + id).then().statusCode(204);
                    mine.remove(id);
                } else {
                    Map<String, Object> patch = switch (choice) {
                        case 4, 5 -> Map.of("status", "published");
                        case 6 -> Map.of("status", "draft");
                        case 7 -> Map.of("slug", unique("moved"));
                        default -> Map.of("title", unique("Retitled"));
                    };
                    given().header("Authorization", AUTHORIZATION).contentType(MERGE_PATCH).body(patch)
                            .patch("/api/v1/posts/" + id).then().statusCode(200);
                }
            }
            writes++;
        }
        return writes;
    }

    private static void apply(List<FeedReader.Change> changes, Map<String, String> rebuilt) {
        for (FeedReader.Change change : changes) {
            if (change.resource().equals("post")) {
                if (change.change().equals("upsert")) {
                    rebuilt.put(change.resourceId(), change.slug());
                } else {
                    rebuilt.remove(change.resourceId());
                }
            }
        }
    }

    /** What the database holds as public among these posts: id and slug. */
    private Map<String, String> publicPosts(Set<String> ids) throws SQLException {
        Map<String, String> posts = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select id::text, slug from posts where id::text = any(?) and status <> 'draft' and published_at <= now()")) {
            query.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    posts.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return posts;
    }
}
