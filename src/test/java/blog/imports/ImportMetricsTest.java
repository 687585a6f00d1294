package blog.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import blog.Scrape;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Import counters move by exactly what the import's own report counts; a dry run moves none. */
@QuarkusTest
class ImportMetricsTest {

    @Test
    void shouldCountEachItemByOutcome() {
        Scrape before = Scrape.now();
        JsonPath report = ImportFiles.importAndWait(uniqueExport(), "application/xml", false);
        // The last worker counts its batch just after the import reads as done.
        await().atMost(Duration.ofSeconds(10)).until(() -> Scrape.now().since(before, "blog_import_items_total{outcome=\"created\"}")
                >= report.getLong("total.created"));
        Scrape after = Scrape.now();
        for (String outcome : new String[] {"created", "existing", "skipped", "failed"}) {
            assertThat(after.since(before, "blog_import_items_total{outcome=\"" + outcome + "\"}"))
                    .as(outcome).isEqualTo(report.getLong("total." + outcome));
        }
        assertThat(report.getLong("total.created")).isEqualTo(3);
        assertThat(report.getLong("total.skipped")).isEqualTo(1);
        assertThat(after.value("blog_imports_running")).isNotNegative();
    }

    /** A WordPress export of its own (a post, its author and tag, a page that is skipped), so that no other test's import meets it. */
    private static byte[] uniqueExport() {
        String word = blog.TestData.unique("metrics");
        return """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                     xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><title>Counted</title><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://%1$s.example</wp:base_site_url>
                <wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[%1$s]]></wp:author_login><wp:author_display_name><![CDATA[%1$s]]></wp:author_display_name></wp:author>
                <wp:tag><wp:term_id>2</wp:term_id><wp:tag_slug>%1$s</wp:tag_slug><wp:tag_name><![CDATA[%1$s]]></wp:tag_name></wp:tag>
                <item><title>Counted post</title><dc:creator><![CDATA[%1$s]]></dc:creator>
                <content:encoded><![CDATA[A paragraph.]]></content:encoded>
                <wp:post_id>3</wp:post_id><wp:post_date_gmt>2020-01-02 03:04:05</wp:post_date_gmt><wp:post_name>%1$s</wp:post_name>
                <wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
                <category domain="post_tag" nicename="%1$s"><![CDATA[%1$s]]></category></item>
                <item><title>About</title><dc:creator><![CDATA[%1$s]]></dc:creator><content:encoded><![CDATA[A page.]]></content:encoded>
                <wp:post_id>4</wp:post_id><wp:post_name>%1$s-page</wp:post_name><wp:status>publish</wp:status><wp:post_type>page</wp:post_type></item>
                </channel></rss>""".formatted(word).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void shouldCountNothingForADryRun() {
        Scrape before = Scrape.now();
        JsonPath report = ImportFiles.importAndWait(ImportFiles.resource("ghost.json"), "application/json", true);
        Scrape after = Scrape.now();
        assertThat(report.getLong("total.read")).isPositive();
        for (String outcome : new String[] {"created", "existing", "skipped", "failed"}) {
            assertThat(after.since(before, "blog_import_items_total{outcome=\"" + outcome + "\"}")).as(outcome).isZero();
        }
    }
}
