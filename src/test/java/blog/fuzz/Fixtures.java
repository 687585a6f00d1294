package blog.fuzz;

import static io.restassured.RestAssured.given;

import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The fuzzer's own resources to aim PUT, PATCH, DELETE and by-slug requests at, made through the API. */
final class Fixtures {

    /** A created resource: its id, its slug (null for tokens) and its ETag. */
    record Created(String id, String slug, String etag) {
    }

    /** How many resources the fixtures made: the database changed since a count was last seen. */
    static volatile int made;

    private static HttpServer receiver;

    private Fixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Created post(String... tags) {
        return create("posts", Map.of("title", unique("Fuzz target"), "markdown", "Some *text*.",
                "status", "published", "tags", List.of(tags)));
    }

    /** A published post with a tag and an author, so that every sitemap (posts, tags, authors) has a file 1. */
    static Created postWithTagAndAuthor() {
        return create("posts", Map.of("title", unique("Fuzz mapped"), "status", "published", "tags", List.of(unique("Fuzz mapped tag")),
                "authors", List.of(author().slug())));
    }

    static Created tag() {
        return create("tags", Map.of("name", unique("Fuzz tag")));
    }

    static Created author() {
        return create("authors", Map.of("name", unique("Fuzz Author")));
    }

    static Created token() {
        return create("tokens", Map.of("name", unique("fuzz token"), "role", "editor"));
    }

    /** The id of a new preview link of the post. */
    static String preview(String postId) {
        made++;
        return given().header("Authorization", Probe.ADMIN).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/posts/" + postId + "/previews")
                .then().statusCode(201).extract().path("id");
    }

    /** The token of a preview link of a fresh draft. */
    static String previewToken() {
        String draft = create("posts", Map.of("title", unique("Fuzz draft"))).id();
        made++;
        return given().header("Authorization", Probe.ADMIN).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/posts/" + draft + "/previews")
                .then().statusCode(201).extract().path("token");
    }

    /** A webhook whose receiver, on loopback, acknowledges everything. */
    /** An import of an export of nothing: done at once. */
    static Created emptyImport() {
        made++;
        var response = given().header("Authorization", Probe.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("format", "blog-content-api-export", "version", 1))
                .when().post("/api/v1/imports")
                .then().statusCode(202).extract();
        return new Created(response.path("id"), null, response.header("ETag"));
    }

    static Created webhook() {
        return create("webhooks", Map.of("url", receiverUrl(), "events", List.of("tag.created")));
    }

    /** A receiver on loopback that acknowledges every delivery (204), started once. */
    static synchronized String receiverUrl() {
        if (receiver == null) {
            try {
                receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            receiver.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            receiver.start();
        }
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/fuzz";
    }

    /** A delivery of the webhook: a ping's. */
    static String delivery(String webhookId) {
        made++;
        return given().header("Authorization", Probe.ADMIN).when().post("/api/v1/webhooks/" + webhookId + "/ping")
                .then().statusCode(202).extract().path("id");
    }

    /** Any resource of the kind an operation of {@code resource} (posts, tags, authors, tokens, webhooks) acts on. */
    static Created of(String resource) {
        return switch (resource) {
            case "posts" -> post();
            case "tags" -> tag();
            case "authors" -> author();
            case "tokens" -> token();
            case "webhooks" -> webhook();
            case "imports" -> emptyImport();
            default -> throw new AssertionError("no fixture for " + resource);
        };
    }

    private static Created create(String resource, Map<String, Object> body) {
        made++;
        var response = given().header("Authorization", Probe.ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/" + resource)
                .then().statusCode(201).extract();
        return new Created(response.path("id"), response.path("slug"), response.header("ETag"));
    }
}
