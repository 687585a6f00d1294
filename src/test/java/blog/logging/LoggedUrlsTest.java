package blog.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Connection URLs as the logs show them. */
class LoggedUrlsTest {

    @Test
    void shouldHidePasswordParameters() {
        assertThat(LoggedUrls.redact("jdbc:postgresql://db:5432/blog?user=blog&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/blog?user=blog&password=***&ssl=true");
        assertThat(LoggedUrls.redact("jdbc:postgresql://db/blog?sslpassword=k3y")).isEqualTo("jdbc:postgresql://db/blog?sslpassword=***");
        assertThat(LoggedUrls.redact("jdbc:postgresql://db/blog?PASSWORD=s3cret")).doesNotContain("s3cret");
    }

    @Test
    void shouldHideUserInfo() {
        assertThat(LoggedUrls.redact("postgresql://blog:s3cret@db/blog")).isEqualTo("postgresql://***@db/blog");
    }

    @Test
    void shouldKeepUrlsWithoutCredentials() {
        assertThat(LoggedUrls.redact("jdbc:postgresql://a:5432,b:5433/blog?targetServerType=primary"))
                .isEqualTo("jdbc:postgresql://a:5432,b:5433/blog?targetServerType=primary");
        assertThat(LoggedUrls.redact(null)).isNull();
    }
}
