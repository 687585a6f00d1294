package blog.http;

import blog.config.BlogConfig;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Drains on SIGTERM without cutting a connection the server has accepted.
 *
 * <p>Vert.x 4 closes every open connection at once when Quarkus stops the HTTP server, and only
 * then the listening socket, so requests that had just arrived were reset. Instead, when Quarkus
 * announces the shutdown (readiness is DOWN by then): requests keep being served for the drain
 * delay, each HTTP/1 connection closing after its answer, so that load balancers and clients move
 * away; then the listening socket closes (new connections are refused, a clean signal to retry
 * elsewhere) and idle keep-alive connections are closed; then the server waits, up to the drain
 * timeout, until every connection it accepted has had its answer. Only then does Quarkus go on to
 * stop the HTTP server. In dev mode the HTTP server outlives live reloads, so this is off there.
 */
@ApplicationScoped
public class ShutdownDrain {

    private static final String ACCEPT_TRACKER = "blog-accepted-connections";

    private final Duration delay;
    private final Duration timeout;
    private final Set<Channel> listeners = ConcurrentHashMap.newKeySet();
    /** Accepted connections; Netty drops each from a group when it closes. */
    private final ChannelGroup connections = new DefaultChannelGroup("http-connections", GlobalEventExecutor.INSTANCE);
    /** Keep-alive connections between two requests. */
    private final ChannelGroup idle = new DefaultChannelGroup("idle-http-connections", GlobalEventExecutor.INSTANCE);
    private volatile boolean shuttingDown;

    ShutdownDrain(BlogConfig config) {
        this.delay = nonNegative(config.http().drainDelay());
        this.timeout = nonNegative(config.http().drainTimeout());
    }

    /** Runs on the shutdown thread before Quarkus stops accepting or closes anything. */
    void onShutdownRequested(@Observes ShutdownDelayInitiatedEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        shuttingDown = true;
        boolean interrupted = !pause(delay.toMillis());
        for (Channel listener : listeners) {
            listener.close().awaitUninterruptibly(1, TimeUnit.SECONDS);
        }
        idle.close();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!interrupted && !connections.isEmpty() && System.nanoTime() - deadline < 0) {
            interrupted = !pause(10);
        }
        if (!connections.isEmpty()) {
            Log.warnf("%d HTTP connection(s) still open %s after the listener closed; closing them", connections.size(), timeout);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    void install(@Observes Router router) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        router.route().order(-5).handler(context -> {
            HttpServerRequest request = context.request();
            Channel channel = track(request);
            // HTTP/2 multiplexes requests on one connection: Vert.x closes those at the end.
            if (channel != null && request.version() != HttpVersion.HTTP_2) {
                idle.remove(channel);
                closeAfterAnswerOnceDraining(context, channel);
            }
            context.next();
        });
    }

    /**
     * Whether the connection closes after this answer is decided as its headers go out, and kept
     * to: an answer that says Connection: close is followed by the close, and one that does not
     * (the drain began while it was being written) leaves the connection open for the client's
     * next request, whose answer then says it.
     */
    private void closeAfterAnswerOnceDraining(RoutingContext context, Channel channel) {
        boolean[] closing = new boolean[1];
        context.addHeadersEndHandler(headers -> {
            if (shuttingDown) {
                closing[0] = true;
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
            }
        });
        context.addEndHandler(ended -> {
            if (closing[0]) {
                channel.close();
            } else if (channel.isActive()) {
                idle.add(channel);
            }
        });
    }

    /**
     * Tracks the request's connection, and on the first request through a listening socket hooks
     * in ahead of Netty's acceptor, so that every later connection is tracked as soon as it is
     * accepted, before it has sent anything.
     */
    private Channel track(HttpServerRequest request) {
        if (!(request.connection() instanceof ConnectionBase base)) {
            return null;
        }
        Channel channel = base.channel();
        connections.add(channel);
        Channel listener = channel.parent();
        if (listener != null && listeners.add(listener) && listener.pipeline().get(ACCEPT_TRACKER) == null) {
            listener.pipeline().addFirst(ACCEPT_TRACKER, new ChannelInboundHandlerAdapter() {
                @Override
                public void channelRead(ChannelHandlerContext context, Object accepted) {
                    if (accepted instanceof Channel connection) {
                        connections.add(connection);
                    }
                    context.fireChannelRead(accepted);
                }
            });
        }
        return channel;
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    /** False when interrupted. */
    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
