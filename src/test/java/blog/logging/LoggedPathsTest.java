package blog.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Request paths as the logs show them. */
class LoggedPathsTest {

    @Test
    void shouldReplaceThePreviewTokenInAPreviewPath() {
        assertThat(LoggedPaths.redact("/api/v1/previews/prv_abcDEF123-_x")).isEqualTo("/api/v1/previews/{token}");
        assertThat(LoggedPaths.redact("/api/v1/previews/anything/else")).isEqualTo("/api/v1/previews/{token}/else");
    }

    @Test
    void shouldReplaceSegmentsShapedLikeSecretsAnywhere() {
        assertThat(LoggedPaths.redact("/api/v1/posts/blog_0123456789abcdef")).isEqualTo("/api/v1/posts/{secret}");
        assertThat(LoggedPaths.redact("/api/v1/webhooks/whsec_abc/ping")).isEqualTo("/api/v1/webhooks/{secret}/ping");
        assertThat(LoggedPaths.redact("/x/prv_abc")).isEqualTo("/x/{secret}");
    }

    @Test
    void shouldDropTheQueryString() {
        assertThat(LoggedPaths.redact("/api/v1/posts?q=private")).isEqualTo("/api/v1/posts");
    }

    @Test
    void shouldKeepOrdinaryPaths() {
        assertThat(LoggedPaths.redact("/api/v1/posts/slug/blog-news")).isEqualTo("/api/v1/posts/slug/blog-news");
        assertThat(LoggedPaths.redact("/api/v1/previews")).isEqualTo("/api/v1/previews");
        assertThat(LoggedPaths.redact(null)).isNull();
    }
}
