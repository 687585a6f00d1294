package blog.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A webhook receiver on loopback: it answers the statuses queued for it (then 200) and keeps what it was sent. */
final class Receiver implements AutoCloseable {

    /** One request as received. */
    record Received(String eventId, String eventType, String signature, String contentType, String body, JsonNode json) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> statuses = new ArrayDeque<>();
    private volatile int defaultStatus = 200;

    private Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("Blog-Event-Id"),
                    exchange.getRequestHeaders().getFirst("Blog-Event-Type"), exchange.getRequestHeaders().getFirst("Blog-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body, JSON.readTree(body)));
            byte[] answer = "thanks".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(nextStatus(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    static Receiver start() {
        try {
            return new Receiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** Answers these statuses to the next requests, in order. */
    synchronized Receiver answering(Integer... next) {
        statuses.addAll(List.of(next));
        return this;
    }

    Receiver answeringAlways(int status) {
        defaultStatus = status;
        return this;
    }

    private synchronized int nextStatus() {
        return statuses.isEmpty() ? defaultStatus : statuses.removeFirst();
    }

    /** What was sent about this resource (the data.id of the event). */
    List<Received> about(String resourceId) {
        return received.stream().filter(request -> resourceId.equals(request.json().path("data").path("id").asText())).toList();
    }

    List<Received> ofType(String type) {
        return received.stream().filter(request -> type.equals(request.eventType())).toList();
    }

    List<Received> all() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
