package blog.common;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
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
 * announces the shutdown (readiness is DOWN by then): requests keep being served, with
 * {@code Connection: close}, for the drain delay so load balancers can move away; then the
 * listening socket closes (new connections are refused, a clean signal to retry elsewhere); then
 * the server waits, up to the drain timeout, until every accepted connection has had its answer
 * and closed. Only then does Quarkus go on to stop the HTTP server and the rest.
 */
@ApplicationScoped
public class ShutdownDrain {

    private final Duration delay;
    private final Duration timeout;
    private final Set<Channel> listeners = ConcurrentHashMap.newKeySet();
    /** Accepted connections; Netty drops each from the group when it closes. */
    private final ChannelGroup connections = new DefaultChannelGroup("http-connections", GlobalEventExecutor.INSTANCE);
    private volatile boolean shuttingDown;

    ShutdownDrain(BlogConfig config) {
        this.delay = config.http().drainDelay();
        this.timeout = config.http().drainTimeout();
    }

    /** Runs on the shutdown thread before Quarkus stops accepting or closes anything. */
    void onShutdownRequested(@Observes ShutdownDelayInitiatedEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return; // dev mode keeps its listener across live reloads; tests need no drain
        }
        shuttingDown = true;
        if (!pause(delay.toMillis())) {
            return;
        }
        for (Channel listener : listeners) {
            listener.close().awaitUninterruptibly(1, TimeUnit.SECONDS);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!connections.isEmpty() && System.nanoTime() - deadline < 0) {
            if (!pause(10)) {
                return;
            }
        }
        if (!connections.isEmpty()) {
            Log.warnf("%d HTTP connection(s) still open %s after the listener closed; closing them", connections.size(), timeout);
        }
    }

    void install(@Observes Router router) {
        router.route().order(-5).handler(context -> {
            track(context.request().connection());
            if (shuttingDown) {
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
            }
            context.next();
        });
    }

    /**
     * Tracks this connection, and on the first request through a listening socket hooks in
     * ahead of Netty's acceptor, so that every later connection is tracked as soon as it is
     * accepted, before it has sent anything.
     */
    private void track(HttpConnection connection) {
        if (!(connection instanceof ConnectionBase base)) {
            return;
        }
        Channel channel = base.channel();
        connections.add(channel);
        Channel listener = channel.parent();
        if (listener != null && listeners.add(listener)) {
            listener.pipeline().addFirst("blog-accepted-connections", new ChannelInboundHandlerAdapter() {
                @Override
                public void channelRead(ChannelHandlerContext context, Object accepted) {
                    if (accepted instanceof Channel connection) {
                        connections.add(connection);
                    }
                    context.fireChannelRead(accepted);
                }
            });
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
