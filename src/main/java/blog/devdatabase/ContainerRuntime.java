package blog.devdatabase;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Finds a Docker or Podman engine that answers, where Testcontainers (and so Quarkus Dev
 * Services) would look: DOCKER_HOST, then the usual sockets of Docker, Podman, Colima and
 * Rancher Desktop.
 */
final class ContainerRuntime {

    private static final long PING_TIMEOUT_SECONDS = 2;

    private ContainerRuntime() {
    }

    /** The address of an engine that answered GET /_ping, or null. */
    static String find() {
        for (String candidate : candidates()) {
            if (answersPing(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static List<String> candidates() {
        List<String> candidates = new ArrayList<>();
        String dockerHost = System.getenv("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            candidates.add(dockerHost);
        }
        String home = System.getProperty("user.home");
        String runtimeDirectory = System.getenv("XDG_RUNTIME_DIR");
        List<String> sockets = new ArrayList<>(List.of("/var/run/docker.sock", "/run/podman/podman.sock",
                home + "/.docker/run/docker.sock", home + "/.colima/default/docker.sock", home + "/.rd/docker.sock"));
        if (runtimeDirectory != null) {
            sockets.addAll(List.of(runtimeDirectory + "/docker.sock", runtimeDirectory + "/podman/podman.sock"));
        }
        sockets.stream().filter(socket -> Files.exists(Path.of(socket))).forEach(socket -> candidates.add("unix://" + socket));
        return candidates;
    }

    private static boolean answersPing(String address) {
        CompletableFuture<Boolean> ping = CompletableFuture.supplyAsync(() -> ping(address));
        try {
            return ping.get(PING_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception noAnswer) {
            ping.cancel(true);
            return false;
        }
    }

    private static boolean ping(String address) {
        URI uri = URI.create(address);
        SocketAddress target = uri.getScheme().equals("unix") ? UnixDomainSocketAddress.of(uri.getPath())
                : new InetSocketAddress(uri.getHost(), uri.getPort());
        try (SocketChannel channel = uri.getScheme().equals("unix") ? SocketChannel.open(StandardProtocolFamily.UNIX)
                : SocketChannel.open()) {
            channel.connect(target);
            channel.write(ByteBuffer.wrap("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer answer = ByteBuffer.allocate(64);
            channel.read(answer);
            String statusLine = new String(answer.array(), 0, answer.position(), StandardCharsets.US_ASCII);
            return statusLine.startsWith("HTTP/1.") && statusLine.substring(9).startsWith("200");
        } catch (IOException | IllegalArgumentException unreachable) {
            return false;
        }
    }
}
