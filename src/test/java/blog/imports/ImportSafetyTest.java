package blog.imports;

import static blog.TestData.asAdmin;
import static blog.TestData.assertProblem;
import static blog.TestData.unique;
import static blog.imports.ImportFiles.counts;
import static blog.imports.ImportFiles.importAndWait;
import static blog.imports.ImportFiles.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Hostile and broken files change nothing; a bad item fails alone; a dry run writes nothing; only admins import. */
@QuarkusTest
class ImportSafetyTest {

    @Inject
    AgroalDataSource dataSource;

    private static String wxr(String items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/">
                <channel><title>Test</title><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://safety.example</wp:base_site_url>
                %s
                </channel></rss>""".formatted(items);
    }

    private static String item(String id, String title, String slug, String body) {
        return """
                <item><title>%s</title><dc:creator>safety</dc:creator><content:encoded><![CDATA[%s]]></content:encoded>
                <wp:post_id>%s</wp:post_id><wp:post_date_gmt>2020-01-02 03:04:05</wp:post_date_gmt><wp:post_name>%s</wp:post_name>
                <wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>""".formatted(title, body, id, slug);
    }

    private long rows(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select count(*) from " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Imports received since the instant (the database's clock) of this size, or left half-staged (no source). */
    private long importsSince(java.sql.Timestamp since, int size) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var select = connection.prepareStatement(
                "select count(*) from imports where created_at >= ? and (file_bytes = ? or source = '')")) {
            select.setTimestamp(1, since);
            select.setLong(2, size);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private java.sql.Timestamp databaseNow() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select now()")) {
            row.next();
            return row.getTimestamp(1);
        }
    }

    /** Refused with a 400 naming the problem, and no import of it kept (so nothing of it applied). */
    private void assertRefusedAndNothingChanged(String file, String contentType, String detail) throws SQLException {
        java.sql.Timestamp before = databaseNow();
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        assertProblem(send(bytes, contentType, false).then(), 400).body("detail", containsString(detail));
        assertThat(importsSince(before, bytes.length)).isZero();
    }

    @Test
    void shouldRefuseEntityExpansionExternalEntitiesAndHugeAttributesWithoutReadingThem() throws SQLException {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <rss><channel><title>&lol3;</title></channel></rss>""";
        assertRefusedAndNothingChanged(laughs, "application/xml", "DOCTYPE");
        String external = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss><channel><title>&secret;</title></channel></rss>""";
        assertRefusedAndNothingChanged(external, "application/xml", "DOCTYPE");
        assertRefusedAndNothingChanged(wxr("<item a=\"" + "x".repeat(200_000) + "\"></item>"), "text/xml", "well-formed");
        assertRefusedAndNothingChanged("<?xml version=\"1.0\"?><rss><channel><title>x</title>", "application/xml", "well-formed");
        String entityInside = wxr(item("41", "&undeclared;", "undeclared", "x"));
        assertRefusedAndNothingChanged(entityInside, "application/xml", "well-formed");
        assertRefusedAndNothingChanged("<html><body>not an export</body></html>", "application/xml", "not a WordPress export");
        assertRefusedAndNothingChanged("<rss version=\"2.0\"><channel><title>A feed</title></channel></rss>", "application/xml",
                "not a WordPress export");
    }

    @Test
    void shouldRefuseAFileCutOffOrBrokenInsideALongTextWithoutA500() throws SQLException {
        String body = "<p>" + "word ".repeat(20_000) + "</p>";
        assertRefusedAndNothingChanged(wxr(item("51", "word ".repeat(20_000) + "&bogus; end", "broken", body)),
                "application/xml", "well-formed");
        String whole = wxr(item("52", "Cut off", "cut-off", body));
        assertRefusedAndNothingChanged(whole.substring(0, whole.length() / 2), "application/xml", "well-formed");
        assertRefusedAndNothingChanged("{\"format\":\"blog-content-api-export\",\"version\":1,\"posts\":[{\"id\":\"x\",\"tags\":[\"\\u0000\"]}]",
                "application/json", "well-formed");
    }

    @Test
    void shouldSkipOtherItemTypesAndKeepProtectedPostsPrivate() {
        String slug = unique("protected");
        String items = item("61", "Protected", slug, "<p>For friends.</p>").replace("<wp:status>publish</wp:status>",
                "<wp:status>publish</wp:status><wp:post_password>secret</wp:post_password>")
                + item("62", "A form", unique("form"), "x").replace("<wp:post_type>post</wp:post_type>",
                "<wp:post_type>wpcf7_contact_form_with_a_long_name</wp:post_type>")
                + item("", "No id", unique("no-id"), "x");
        JsonPath report = importAndWait(wxr(items).getBytes(StandardCharsets.UTF_8), "application/xml", false);

        assertThat(counts(report, "post")).isEqualTo("read=1 pending=0 created=1 existing=0 skipped=0 failed=0");
        assertThat(counts(report, "other")).isEqualTo("read=2 pending=0 created=0 existing=0 skipped=2 failed=0");
        assertThat(asAdmin().get("/api/v1/posts/slug/" + slug).then().statusCode(200).extract().path("status").toString()).isEqualTo("draft");
        given().get("/api/v1/redirects").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("/?p=61")));
    }

    @Test
    void shouldRefuseJsonThatIsNotAnExportOrNotWellFormed() throws SQLException {
        assertRefusedAndNothingChanged("[1, 2, 3]", "application/json", "not a JSON object");
        assertRefusedAndNothingChanged("{\"posts\": []}", "application/json", "\"format\"");
        assertRefusedAndNothingChanged("{\"hello\": \"world\"}", "application/json", "neither a Ghost export");
        assertRefusedAndNothingChanged("{\"db\": [{\"data\": {\"posts\": [{\"id\": \"1\", \"title\": ", "application/json", "well-formed");
        assertRefusedAndNothingChanged("{\"db\": " + "[".repeat(500) + "]".repeat(500) + "}", "application/json", "array of objects");
        assertRefusedAndNothingChanged("{\"db\": [{\"data\": {\"posts\": [{\"x\": " + "[".repeat(500) + "]".repeat(500) + "}]}}]}",
                "application/json", "nesting depth");
        assertRefusedAndNothingChanged("{\"format\": \"something-else\"}", "application/json", "\"format\"");
    }

    @Test
    void shouldAnswerProblemsForTheWrongTypeSizeAndRole() {
        assertProblem(asAdmin().contentType("text/plain").body("hello").post("/api/v1/imports").then(), 415);
        assertProblem(given().contentType("application/xml").body(wxr("")).post("/api/v1/imports").then(), 401);
        assertProblem(asAdmin().contentType("application/json").body(new byte[9 * 1024 * 1024]).post("/api/v1/imports").then(), 413);
        assertProblem(asAdmin().get("/api/v1/imports/00000000-0000-7000-8000-000000000000").then(), 404);
        assertProblem(given().get("/api/v1/export").then(), 401);
    }

    @Test
    void shouldFailOneBadItemAloneWithItsReason() {
        String good = unique("good");
        String bad = unique("bad");
        JsonPath report = importAndWait(wxr(item("11", good, good, "<p>Fine.</p>")
                + item("12", bad, bad, "<p>" + "x".repeat(600_000) + "</p>")).getBytes(StandardCharsets.UTF_8), "application/xml", false);

        assertThat(counts(report, "post")).isEqualTo("read=2 pending=0 created=1 existing=0 skipped=0 failed=1");
        assertThat(report.getString("failures[0].sourceId")).isEqualTo("12");
        assertThat(report.getString("failures[0].title")).isEqualTo(bad);
        assertThat(report.getString("failures[0].reason")).contains("500000");
        asAdmin().get("/api/v1/posts/slug/" + good).then().statusCode(200);
        asAdmin().get("/api/v1/posts/slug/" + bad).then().statusCode(404);
    }

    @Test
    void shouldGiveATakenSlugTheUsualSuffix() {
        String slug = unique("taken");
        blog.TestData.create(blog.TestData.post("Already here", "slug", slug));
        importAndWait(wxr(item("31", "Imported", slug, "<p>Imported.</p>")).getBytes(StandardCharsets.UTF_8), "application/xml", false);
        assertThat(asAdmin().get("/api/v1/posts/slug/" + slug + "-2").then().statusCode(200).extract().path("title").toString())
                .isEqualTo("Imported");
    }

    @Test
    void shouldReportADryRunAndWriteNothing() throws SQLException {
        String slug = unique("dry");
        byte[] file = wxr(item("21", "Dry run", slug, "<p>Not written.</p>")).getBytes(StandardCharsets.UTF_8);
        long posts = rows("posts");
        long authors = rows("authors");

        JsonPath report = importAndWait(file, "application/xml", true);

        assertThat(report.getBoolean("dryRun")).isTrue();
        assertThat(counts(report, "post")).isEqualTo("read=1 pending=0 created=1 existing=0 skipped=0 failed=0");
        assertThat(rows("posts")).isEqualTo(posts);
        assertThat(rows("authors")).isEqualTo(authors);
        asAdmin().get("/api/v1/posts/slug/" + slug).then().statusCode(404);
        JsonPath real = importAndWait(file, "application/xml", false);
        assertThat(counts(real, "post")).isEqualTo("read=1 pending=0 created=1 existing=0 skipped=0 failed=0");
    }
}
