package blog.imports;

import static org.assertj.core.api.Assertions.assertThat;

import blog.Scrape;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Import counters move by exactly what the import's own report counts; a dry run moves none. */
@QuarkusTest
class ImportMetricsTest {

    @Test
    void shouldCountEachItemByOutcome() {
        Scrape before = Scrape.now();
        JsonPath report = ImportFiles.importAndWait(ImportFiles.resource("wordpress.xml"), "application/xml", false);
        Scrape after = Scrape.now();
        for (String outcome : new String[] {"created", "existing", "skipped", "failed"}) {
            assertThat(after.since(before, "blog_import_items_total{outcome=\"" + outcome + "\"}"))
                    .as(outcome).isEqualTo(report.getLong("total." + outcome));
        }
        assertThat(report.getLong("total.created") + report.getLong("total.existing")).isPositive();
        assertThat(after.value("blog_imports_running")).isNotNegative();
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
