package blog.logging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every request has an id: answered in X-Request-Id, written in its log lines, quoted in its problem body. */
@QuarkusTest
class RequestIdTest {

    private static final String GENERATED = "[0-9a-f]{32}";

    @TestHTTPResource("/")
    URL server;

    @Test
    void shouldGenerateAnIdWhenTheRequestHasNone() {
        given().when().get("/api/v1/tags").then().statusCode(200).header("X-Request-Id", matchesPattern(GENERATED));
    }

    @Test
    void shouldEchoTheIdThatATrustedProxySends() {
        String sent = "edge-" + UUID.randomUUID() + ":1.2";
        given().header("X-Request-Id", sent).when().get("/api/v1/tags").then().statusCode(200).header("X-Request-Id", sent);
    }

    @Test
    void shouldReplaceAMalformedId() {
        for (String malformed : List.of("has space", "x".repeat(129), "semi;colon", "quote\"d", "crlf%0d%0aSet-Cookie")) {
            given().header("X-Request-Id", malformed).when().get("/api/v1/tags")
                    .then().statusCode(200).header("X-Request-Id", matchesPattern(GENERATED));
        }
    }

    @Test
    void shouldQuoteTheIdOfA404ProblemInItsBody() {
        Response response = given().when().get("/api/v1/posts/" + UUID.randomUUID());
        response.then().statusCode(404).contentType("application/problem+json")
                .header("X-Request-Id", matchesPattern(GENERATED))
                .body("requestId", equalTo(response.header("X-Request-Id")));
    }

    @Test
    void shouldQuoteTheSentIdOfA400ProblemInItsBody() {
        String sent = "report-" + UUID.randomUUID();
        given().header("X-Request-Id", sent).queryParam("limit", "many").when().get("/api/v1/posts")
                .then().statusCode(400).contentType("application/problem+json")
                .header("X-Request-Id", sent).body("requestId", equalTo(sent));
    }

    @Test
    void shouldQuoteTheIdOfA413ProblemThatTheRouterAnswers() {
        Response response = given().contentType("application/json").body("x".repeat(1024 * 1024 + 1))
                .when().post("/api/v1/tags");
        response.then().statusCode(413).contentType("application/problem+json")
                .body("requestId", equalTo(response.header("X-Request-Id")));
    }

    @Test
    void shouldLeadFromTheHeaderToTheLogLineAndTheProblemBody() throws Exception {
        String sent = "trace-" + UUID.randomUUID();
        String marker = UUID.randomUUID().toString();
        String thread = given().header("X-Request-Id", sent).queryParam("marker", marker).when().get("/test/log-probe")
                .then().statusCode(200).header("X-Request-Id", sent).extract().asString();
        assertThat(thread).as("a blocking endpoint runs on a worker thread").contains("executor-thread");
        assertThat(TestLog.lineContaining("Log probe " + marker)).get().asString().contains("requestId=" + sent);

        String problemId = given().header("X-Request-Id", sent).when().get("/api/v1/posts/" + UUID.randomUUID())
                .then().statusCode(404).header("X-Request-Id", sent).extract().path("requestId");
        assertThat(problemId).isEqualTo(sent);
    }

    @Test
    void shouldNotLeaveTheIdForWorkOutsideTheRequestOnTheSameEventLoop() throws Exception {
        String sent = "leak-" + UUID.randomUUID();
        String marker = UUID.randomUUID().toString();
        String onDuplicatedContext = given().header("X-Request-Id", sent).queryParam("marker", marker)
                .when().get("/test/log-probe/outside").then().statusCode(200).extract().asString();
        assertThat(onDuplicatedContext).as("the request ran on its own (duplicated) Vert.x context").isEqualTo("true");
        assertThat(TestLog.lineContaining("Outside probe " + marker)).get().asString()
                .contains("requestId= ").doesNotContain(sent).contains("eventloop");
    }

    @Test
    void shouldWriteTheIdInTheAccessLogLine() throws Exception {
        String sent = "access-" + UUID.randomUUID();
        given().header("X-Request-Id", sent).queryParam("q", "secret-query").when().get("/api/v1/tags").then().statusCode(200);
        assertThat(TestLog.lineContaining("requestId=" + sent + " ")).get().asString()
                .contains("GET /api/v1/tags 200").doesNotContain("secret-query");
    }

    @Test
    void shouldGiveTwoRequestsOnOneConnectionDifferentIds() throws IOException {
        List<String> ids = new ArrayList<>();
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 2; i++) {
                out.write(("GET /test/log-probe?marker=keepalive HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                ids.add(requestId(readResponse(in)));
            }
        }
        assertThat(ids.get(0)).matches(GENERATED);
        assertThat(ids.get(1)).matches(GENERATED).isNotEqualTo(ids.get(0));
    }

    private static String requestId(String head) {
        Matcher id = Pattern.compile("(?im)^X-Request-Id: *(\\S+)").matcher(head);
        assertThat(id.find()).as("X-Request-Id in " + head).isTrue();
        return id.group(1);
    }

    /** Reads one response with a Content-Length body, leaving the connection open. */
    private static String readResponse(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("Connection closed after " + head);
            }
            head.append((char) next);
        }
        Matcher length = Pattern.compile("(?im)^Content-Length: *(\\d+)").matcher(head);
        assertThat(length.find()).as("Content-Length in " + head).isTrue();
        in.readNBytes(Integer.parseInt(length.group(1)));
        return head.toString();
    }
}
