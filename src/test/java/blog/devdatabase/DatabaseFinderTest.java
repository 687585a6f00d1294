package blog.devdatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order in which dev mode and the tests look for a database, each probe faked. */
class DatabaseFinderTest {

    private final Map<String, String> settings = new HashMap<>();
    private final List<String> probed = new ArrayList<>();
    private boolean localAccepts;
    private String containerRuntime;

    @Test
    void shouldTakeTheUsersOwnDatasourceSettingsFirst() {
        localAccepts = true;
        DevDatabase found = finder().find("dev", "jdbc:postgresql://db.example/blog");
        assertThat(found.url()).isNull();
        assertThat(found.devServices()).isFalse();
        assertThat(found.description()).contains("jdbc:postgresql://db.example/blog");
        assertThat(probed).isEmpty();
    }

    @Test
    void shouldNotSayThePasswordOfAUrl() {
        settings.put("BLOG_DB_URL", "jdbc:postgresql://other/blog?password=s3cret");
        assertThat(finder().find("test", null).description()).doesNotContain("s3cret").contains("jdbc:postgresql://other/blog");
        assertThat(finder().find("test", "jdbc:postgresql://db/blog?password=s3cret").description()).doesNotContain("s3cret");
    }

    @Test
    void shouldTakeBlogDbUrlFromTheEnvironment() {
        settings.putAll(Map.of("BLOG_DB_URL", "jdbc:postgresql://other/blog", "BLOG_DB_USER", "ada"));
        DevDatabase found = finder().find("test", null);
        assertThat(found.url()).isEqualTo("jdbc:postgresql://other/blog");
        assertThat(found.user()).isEqualTo("ada");
        assertThat(probed).isEmpty();
    }

    @Test
    void shouldTakeTheLocalPostgresWhenItAccepts() {
        localAccepts = true;
        containerRuntime = "unix:///var/run/docker.sock";
        assertThat(finder().find("dev", null).url()).isEqualTo(DatabaseFinder.LOCAL_URL);
        assertThat(probed).containsExactly("local");
    }

    @Test
    void shouldLeaveItToDevServicesWhenAContainerRuntimeAnswers() {
        containerRuntime = "unix:///var/run/docker.sock";
        DevDatabase found = finder().find("dev", null);
        assertThat(found.devServices()).isTrue();
        assertThat(found.url()).isNull();
        assertThat(probed).containsExactly("local", "container");
    }

    @Test
    void shouldStartTheEmbeddedPostgresLastWithItsDataUnderTarget() {
        DevDatabase found = finder().find("test", null);
        assertThat(found.url()).isEqualTo("jdbc:postgresql://127.0.0.1:1/postgres");
        assertThat(found.description()).isEqualTo(Path.of("target", "embedded-postgres", "test").toString());
        assertThat(probed).containsExactly("local", "container", "embedded");
    }

    @Test
    void shouldSkipStraightToTheChosenWay() {
        localAccepts = true;
        containerRuntime = "unix:///var/run/docker.sock";
        settings.put(DatabaseFinder.CHOICE, "embedded");
        assertThat(finder().find("test", null).description()).contains("embedded-postgres");
        assertThat(probed).containsExactly("embedded");
        settings.put(DatabaseFinder.CHOICE, "sometimes");
        assertThatThrownBy(() -> finder().find("test", null)).hasMessageContaining("auto, local, container or embedded");
    }

    private DatabaseFinder finder() {
        return new DatabaseFinder(settings::get, () -> {
            probed.add("local");
            return localAccepts;
        }, () -> {
            probed.add("container");
            return containerRuntime;
        }, data -> {
            probed.add("embedded");
            return DevDatabase.at("jdbc:postgresql://127.0.0.1:1/postgres", "postgres", "postgres", data.toString());
        });
    }
}
