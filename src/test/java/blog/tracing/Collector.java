package blog.tracing;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An OTLP/HTTP collector that keeps what it is sent, and a webhook receiver that keeps the trace context it is sent. */
final class Collector {

    private final HttpServer server;
    private final ByteArrayOutputStream exported = new ByteArrayOutputStream();
    private final List<String> webhookTraceparents = new CopyOnWriteArrayList<>();

    private Collector(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/v1/traces", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            synchronized (exported) {
                exported.writeBytes(body);
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            webhookTraceparents.add(String.valueOf(exchange.getRequestHeaders().getFirst("traceparent")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    static Collector start(int port) {
        try {
            return new Collector(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every exported span batch so far, as bytes (protobuf keeps names and strings as UTF-8). */
    byte[] exported() {
        synchronized (exported) {
            return exported.toByteArray();
        }
    }

    void stop() {
        server.stop(0);
    }

    /** The traceparent header of each webhook call ("null" for a call without one). */
    List<String> webhookTraceparents() {
        return List.copyOf(webhookTraceparents);
    }
}
