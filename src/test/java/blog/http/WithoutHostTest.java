package blog.http;

import static blog.TestData.create;
import static blog.TestData.post;
import static blog.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HTTP/1.0 allows a request without Host: whatever builds instance, Location and Link must work without one. */
@QuarkusTest
class WithoutHostTest {

    @TestHTTPResource("/")
    URL server;

    @Test
    void shouldAnswerErrorsWithProblemsWithoutAHost() throws IOException {
        String notFound = http10("GET /api/v1/posts/0190a9b2-0000-7000-8000-000000000000 HTTP/1.0\r\n\r\n");
        assertThat(notFound).startsWith("HTTP/1.0 404").contains("application/problem+json")
                .contains("\"instance\":\"/api/v1/posts/0190a9b2-0000-7000-8000-000000000000\"");
        String invalid = http10("GET /api/v1/posts?limit=abc HTTP/1.0\r\n\r\n");
        assertThat(invalid).startsWith("HTTP/1.0 400").contains("application/problem+json").contains("\"field\":\"limit\"");
        String unauthorized = http10("POST /api/v1/tags HTTP/1.0\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        assertThat(unauthorized).startsWith("HTTP/1.0 401").contains("application/problem+json");
    }

    @Test
    void shouldLinkToTheNextPageWithoutAHost() throws IOException {
        String tag = unique("hostless");
        for (int i = 0; i < 2; i++) {
            create(post(unique("Hostless"), "status", "published", "tags", List.of(tag)));
        }
        String slug = tag.toLowerCase();
        String page = http10("GET /api/v1/posts?limit=1&tag=" + slug + " HTTP/1.0\r\n\r\n");
        assertThat(page).startsWith("HTTP/1.0 200").containsPattern("(?i)link: <[^>]*/api/v1/posts\\?[^>]*cursor=[^>]*>; rel=\"next\"");
    }

    @Test
    void shouldLocateACreatedResourceWithoutAHost() throws IOException {
        String body = "{\"name\":\"" + unique("Hostless tag") + "\"}";
        String created = http10("POST /api/v1/tags HTTP/1.0\r\nAuthorization: Bearer test-token\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
        assertThat(created).startsWith("HTTP/1.0 201").containsPattern("(?i)location: [^\\r]*/api/v1/tags/[0-9a-f-]{36}");
    }

    private String http10(String request) throws IOException {
        return RawRequests.send(server, request);
    }
}
