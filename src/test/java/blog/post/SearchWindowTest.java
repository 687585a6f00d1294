package blog.post;

import static blog.TestData.createId;
import static blog.TestData.post;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Search ranks only the most recent matches (PostFilter.MAX_SEARCH_MATCHES), and that window is
 * taken after every other condition: newer posts the caller may not see, or that another filter
 * excludes, must not push a visible match out of it.
 */
@QuarkusTest
class SearchWindowTest {

    private static final int MORE_THAN_THE_WINDOW = PostFilter.MAX_SEARCH_MATCHES + 5;

    @Inject
    AgroalDataSource dataSource;

    private final String word = unique("window").replace("-", "");

    @AfterEach
    void removeInsertedPosts() throws SQLException {
        execute("delete from posts where slug like ?", "bulk-" + word + "-%");
    }

    @Test
    void shouldFindAPublishedMatchBehindManyNewerDraftsAndScheduledPosts() throws SQLException {
        String older = createId(post("Older " + word, "status", "published", "publishedAt", "2020-01-01T00:00:00Z",
                "markdown", "About " + word + "."));
        insertMatches("draft", "null", "now()");
        insertMatches("scheduled", "now() + interval '30 days'", "now()");

        given().queryParam("q", word).when().get("/api/v1/posts")
                .then().statusCode(200).body("items.id", contains(older));
    }

    @Test
    void shouldFindATaggedMatchBehindManyNewerMatchesWithoutTheTag() throws SQLException {
        String tag = unique("windowtag");
        String tagged = createId(post("Tagged " + word, "status", "published", "publishedAt", "2000-01-01T00:00:00Z",
                "markdown", "About " + word + ".", "tags", List.of(tag)));
        insertMatches("published", "timestamptz '2001-01-01' + g * interval '1 hour'", "now()");

        given().queryParam("q", word).queryParam("tag", tag).when().get("/api/v1/posts")
                .then().statusCode(200).body("items.id", contains(tagged));
    }

    /** Posts that match the word, straight into the table: the API would take minutes for this many. */
    private void insertMatches(String status, String publishedAt, String createdAt) throws SQLException {
        execute("insert into posts (id, slug, title, markdown, html, excerpt, reading_time_minutes, status, published_at,"
                + " created_at, updated_at)"
                + " select gen_random_uuid(), ? || '-' || ? || '-' || g, 'Bulk ' || g, ?, '<p>' || ? || '</p>', ?, 1, ?, "
                + publishedAt + ", " + createdAt + ", now() from generate_series(1, " + MORE_THAN_THE_WINDOW + ") g",
                "bulk-" + word, status, word, word, word, status);
    }

    private void execute(String sql, String... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
