package blog.fuzz;

import blog.fuzz.Exchange.Request;
import blog.fuzz.Exchange.Response;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A deliberately dumb HTTP/1.1 client: the request line, headers and body go out byte for byte as
 * the fuzzer made them (invalid UTF-8, NUL bytes, chunked bodies), which REST Assured and
 * java.net.http would refuse or "fix". One connection per request, closed by the server.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 30_000;
    private static final int CHUNK = 64 * 1024;

    private RawHttp() {
    }

    static Exchange send(Request request) {
        int port = RestAssured.port;
        Thread writer = null;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            // Written in the background so that an early answer (413) is read before the server resets the connection.
            writer = new Thread(() -> write(socket, request, port), "fuzz-request-writer");
            writer.start();
            return new Exchange(request, read(socket.getInputStream()), null);
        } catch (IOException | RuntimeException e) {
            return new Exchange(request, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            join(writer);
        }
    }

    private static void join(Thread writer) {
        if (writer == null) {
            return;
        }
        try {
            writer.join(TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(Socket socket, Request request, int port) {
        try {
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n")
                    .append("Host: localhost:").append(port).append("\r\n")
                    .append("Connection: close\r\n");
            request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            byte[] body = request.body();
            if (body != null && request.chunked()) {
                head.append("Transfer-Encoding: chunked\r\n");
            } else if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null && request.chunked()) {
                for (int start = 0; start < body.length; start += CHUNK) {
                    int length = Math.min(CHUNK, body.length - start);
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, start, length);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } else if (body != null) {
                out.write(body);
            }
            out.flush();
        } catch (IOException e) {
            // The server may answer and close before the whole body is sent (413): the answer is what counts.
        }
    }

    private static Response read(InputStream in) throws IOException {
        byte[] raw = in.readAllBytes();
        int headEnd = indexOf(raw, "\r\n\r\n", 0);
        if (headEnd < 0) {
            throw new IOException("no complete HTTP response head in " + raw.length + " bytes");
        }
        String[] lines = new String(raw, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip(),
                    (first, second) -> first + ", " + second);
        }
        byte[] body = Arrays.copyOfRange(raw, headEnd + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, body);
    }

    private static byte[] dechunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int position = 0;
        while (true) {
            int lineEnd = indexOf(chunked, "\r\n", position);
            if (lineEnd < 0) {
                throw new IOException("truncated chunked response");
            }
            String size = new String(chunked, position, lineEnd - position, StandardCharsets.US_ASCII).split(";")[0].strip();
            int length = Integer.parseInt(size, 16);
            position = lineEnd + 2;
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(chunked, position, length);
            position += length + 2;
        }
    }

    private static int indexOf(byte[] haystack, String ascii, int from) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
