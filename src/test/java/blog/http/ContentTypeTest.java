package blog.http;

import static org.assertj.core.api.Assertions.assertThat;

import blog.TestData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * The contract answers a body of the wrong type with a 415; a body of no stated type is no different.
 * A POST with no body at all is an empty JSON one.
 */
@QuarkusTest
class ContentTypeTest {

    @TestHTTPResource("/")
    URL server;

    @Test
    void shouldRefuseABodyWithoutContentType() throws IOException {
        String body = "{\"name\":\"Untyped\"}";
        String answer = RawRequests.send(server, "POST /api/v1/tags HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer test-token\r\n"
                + "Connection: close\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
        assertThat(answer).startsWith("HTTP/1.1 415").contains("application/problem+json").contains("no Content-Type");
        String patch = RawRequests.send(server, "PATCH /api/v1/tags/0190a9b2-0000-7000-8000-000000000000 HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer test-token\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}");
        assertThat(patch).startsWith("HTTP/1.1 415").contains("merge-patch+json");
    }

    @Test
    void shouldTakeABarePostAsAnEmptyJsonBody() throws IOException {
        String draft = TestData.createId(TestData.post(TestData.unique("Bare")));
        String answer = RawRequests.send(server, "POST /api/v1/posts/" + draft + "/previews HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer test-token\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 201").contains("\"token\":\"prv_");
        String untypedCreate = RawRequests.send(server, "POST /api/v1/posts HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer test-token\r\nConnection: close\r\n\r\n");
        assertThat(untypedCreate).startsWith("HTTP/1.1 400").contains("application/problem+json");
    }
}
