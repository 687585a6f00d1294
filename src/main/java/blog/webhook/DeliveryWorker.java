package blog.webhook;

import blog.config.BlogConfig;
import io.opentelemetry.api.trace.Span;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Sends webhook deliveries, on every server: twice a second it fans new changes out into
 * deliveries, claims a batch that no other server holds, POSTs each (signed, short timeouts, no
 * redirects) and records the outcome. A failure (timeout, connection error, 5xx or any non-2xx)
 * is retried with exponential backoff and jitter until the retry period ends; then, or on a 410,
 * the delivery fails and its webhook is disabled with the reason. A server that dies holding a
 * claim loses nothing: the claim expires and another server sends the delivery (at least once).
 */
@ApplicationScoped
public class DeliveryWorker {

    /** Deliveries under way at once on this server; a slow receiver holds one slot, never the others. */
    private static final int IN_FLIGHT = 32;
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    private final Deliveries deliveries;
    private final DeliveryMetrics metrics;
    private final DeliverySpans spans;
    private final BlogConfig.Webhooks settings;
    private final ExecutorService senders = Executors.newFixedThreadPool(4, daemon("webhook-sender"));
    private final HttpClient client;
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private ScheduledExecutorService timer;
    private volatile boolean stopping;

    DeliveryWorker(Deliveries deliveries, DeliveryMetrics metrics, DeliverySpans spans, BlogConfig config) {
        this.deliveries = deliveries;
        this.metrics = metrics;
        this.spans = spans;
        this.settings = config.webhooks();
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .executor(senders).build();
    }

    void start(@Observes StartupEvent started) {
        timer = Executors.newSingleThreadScheduledExecutor(daemon("webhook-deliveries"));
        timer.scheduleWithFixedDelay(this::work, 500, 500, TimeUnit.MILLISECONDS);
    }

    /** Lets the deliveries under way finish (each is bounded by the timeout), so a clean stop sends nothing twice. */
    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        this.stopping = true;
        timer.shutdown();
        long wait = settings.timeout().toMillis() * 3;
        if (timer.awaitTermination(wait, TimeUnit.MILLISECONDS) && slots.tryAcquire(IN_FLIGHT, wait, TimeUnit.MILLISECONDS)) {
            slots.release(IN_FLIGHT);
        }
    }

    /** Fans new changes out, then claims as many due deliveries as there are free slots and starts sending them. */
    void work() {
        try {
            QuarkusTransaction.requiringNew().run(deliveries::fanOut);
            int free;
            while (!stopping && (free = slots.drainPermits()) > 0) {
                List<Deliveries.Claimed> claimed = claim(free);
                slots.release(free - claimed.size());
                claimed.forEach(delivery -> send(delivery).whenComplete((done, failure) -> slots.release()));
                if (claimed.size() < free) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            Log.debugf("Webhook deliveries paused (retried shortly): %s", e.getMessage());
        }
    }

    private List<Deliveries.Claimed> claim(int free) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> deliveries.claim(free, settings.timeout().multipliedBy(6)));
        } catch (RuntimeException e) {
            slots.release(free);
            throw e;
        }
    }

    private CompletableFuture<Void> send(Deliveries.Claimed delivery) {
        return CompletableFuture.supplyAsync(() -> refusal(delivery), senders).thenCompose(refusal -> {
            if (refusal != null || tooLateToSend(delivery)) {
                return CompletableFuture.completedFuture(null);
            }
            return post(delivery);
        }).exceptionally(failure -> {
            Log.warnf("Recording the outcome of webhook delivery %s failed; it is retried when its claim expires: %s",
                    delivery.id(), failure.getMessage());
            return null;
        });
    }

    /**
     * Why the delivery is not sent (and is recorded as failed, or retried later when the host did
     * not resolve, which may pass), or null to send it.
     */
    private String refusal(Deliveries.Claimed delivery) {
        if (!delivery.active()) {
            String why = "The webhook was disabled before this delivery was sent.";
            record(() -> deliveries.dropped(delivery, why), metrics::failed);
            return why;
        }
        String refusal = TargetGuard.refusal(delivery.url(), settings.allowPrivateTargets());
        if (TargetGuard.UNRESOLVED.equals(refusal)) {
            failed(delivery, null, "host not found", null);
        } else if (refusal != null) {
            record(() -> deliveries.giveUp(delivery, null, refusal, null, "The target URL " + refusal + "."), metrics::failed);
        }
        return refusal;
    }

    /**
     * Whether the claim may run out before an answer could arrive (the sender waited too long for a
     * thread): then the delivery is left for its claim to expire and be taken again, not sent twice.
     */
    private boolean tooLateToSend(Deliveries.Claimed delivery) {
        return Instant.now().plus(settings.timeout().multipliedBy(3)).isAfter(delivery.leaseEnds());
    }

    private CompletableFuture<Void> post(Deliveries.Claimed delivery) {
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "blog-content-api-webhooks")
                .header("Blog-Event-Id", delivery.eventId().toString())
                .header("Blog-Event-Type", delivery.eventType())
                .header(Signatures.HEADER, Signatures.header(delivery.secret(), timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8));
        Span span = spans.start(delivery, builder);
        return client.sendAsync(builder.build(), ResponseExcerpt.handler())
                .orTimeout(settings.timeout().toMillis() * 2, TimeUnit.MILLISECONDS)
                .handleAsync((response, failure) -> {
                    DeliverySpans.end(span, response == null ? null : response.statusCode(), failure);
                    if (failure != null) {
                        failed(delivery, null, AttemptFailures.describe(failure, settings.timeout()), null);
                    } else {
                        answered(delivery, response.statusCode(), response.body());
                    }
                    return null;
                }, senders);
    }

    private void answered(Deliveries.Claimed delivery, int status, String body) {
        if (status >= 200 && status < 300) {
            record(() -> deliveries.delivered(delivery, status, body), metrics::delivered);
        } else if (status == 410) {
            record(() -> deliveries.giveUp(delivery, status, "410 Gone", body, "The receiver answered 410 Gone."), metrics::failed);
        } else {
            failed(delivery, status, "HTTP " + status, body);
        }
    }

    private void failed(Deliveries.Claimed delivery, Integer status, String error, String body) {
        Instant next = Instant.now().plus(pause(delivery.attempts()));
        if (next.isAfter(delivery.firstTried().plus(settings.retryFor()))) {
            record(() -> deliveries.giveUp(delivery, status, error, body, "Deliveries failed for "
                    + AttemptFailures.text(settings.retryFor()) + " (last: " + error + ")."), metrics::failed);
        } else {
            record(() -> deliveries.retryAt(delivery, status, error, body, next), metrics::retried);
        }
    }

    /** The first retry's pause, doubled for each attempt since, up to an hour, times a jitter between 0.5 and 1.5. */
    private Duration pause(int attempts) {
        long millis = settings.firstRetry().toMillis() << Math.min(attempts - 1, 20);
        double jitter = 0.5 + ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis((long) (Math.min(millis, LONGEST_PAUSE.toMillis()) * jitter));
    }

    /** Records an outcome in a transaction of its own; once it committed, and only if the claim still held, counts it. */
    private static void record(BooleanSupplier outcome, Runnable count) {
        if (QuarkusTransaction.requiringNew().call(outcome::getAsBoolean)) {
            count.run();
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
