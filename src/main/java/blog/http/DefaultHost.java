package blog.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Gives a request without Host (HTTP/1.0 allows it) the address it arrived at, so that the absolute
 * URLs built from the request (a problem's instance, Location, Link) have an authority.
 */
public class DefaultHost {

    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public void supplyAuthority(ContainerRequestContext request, HttpServerRequest vertxRequest) {
        SocketAddress local = vertxRequest.localAddress();
        if (vertxRequest.authority() != null || local == null) {
            return;
        }
        String origin = (vertxRequest.isSSL() ? "https://" : "http://") + hostLiteral(local.hostAddress()) + ":" + local.port();
        try {
            request.setRequestUri(URI.create(origin + "/"), URI.create(origin + vertxRequest.uri()));
        } catch (IllegalArgumentException notAUri) {
            // a request target no URI can hold is refused on its own path
        }
    }

    private static String hostLiteral(String address) {
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
