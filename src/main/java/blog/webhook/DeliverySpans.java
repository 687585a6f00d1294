package blog.webhook;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A client span for each webhook call, with the trace context in the request's headers
 * (traceparent) so that a receiver that traces joins it. The URL is recorded without its path and
 * query, where receivers keep secrets (Slack's and Discord's hook URLs).
 */
@ApplicationScoped
class DeliverySpans {

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    /** With tracing off, Quarkus's SDK still makes spans (that go nowhere): none are made nor passed on then. */
    DeliverySpans(OpenTelemetry openTelemetry, @ConfigProperty(name = "quarkus.otel.sdk.disabled") boolean tracingOff) {
        OpenTelemetry used = tracingOff ? OpenTelemetry.noop() : openTelemetry;
        this.tracer = used.getTracer("blog.webhook");
        this.propagator = used.getPropagators().getTextMapPropagator();
    }

    Span start(Deliveries.Claimed delivery, HttpRequest.Builder request) {
        URI url = URI.create(delivery.url());
        int port = url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        Span span = tracer.spanBuilder("POST").setSpanKind(SpanKind.CLIENT)
                .setAttribute("http.request.method", "POST")
                .setAttribute("url.full", url.getScheme() + "://" + url.getHost() + ":" + port)
                .setAttribute("server.address", url.getHost())
                .setAttribute("server.port", port)
                .setAttribute("blog.webhook.event_type", delivery.eventType())
                .setAttribute("blog.webhook.delivery_id", delivery.id().toString())
                .setAttribute("blog.webhook.attempt", delivery.attempts())
                .startSpan();
        propagator.inject(Context.current().with(span), request, (builder, key, value) -> builder.header(key, value));
        return span;
    }

    static void end(Span span, Integer status, Throwable failure) {
        if (status != null) {
            span.setAttribute("http.response.status_code", status);
        }
        if (failure != null || status == null || status >= 400) {
            span.setStatus(StatusCode.ERROR, failure != null ? failure.getClass().getSimpleName() : "HTTP " + status);
        }
        span.end();
    }
}
