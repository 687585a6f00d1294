package blog.tracing;

import blog.logging.LoggedPaths;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Spans keep request paths as the logs do: a preview link's token and secret-shaped segments
 * replaced, and no query string (it may hold anything a client put there).
 */
@ApplicationScoped
public class RedactedUrls implements SpanProcessor {

    private static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<String> QUERY = AttributeKey.stringKey("url.query");
    private static final AttributeKey<String> TARGET = AttributeKey.stringKey("http.target");

    @Override
    public void onStart(Context parent, ReadWriteSpan span) {
        String path = span.getAttribute(PATH);
        if (path != null) {
            span.setAttribute(PATH, LoggedPaths.redact(path));
        }
        if (span.getAttribute(QUERY) != null) {
            span.setAttribute(QUERY, "");
        }
        String target = span.getAttribute(TARGET);
        if (target != null) {
            span.setAttribute(TARGET, LoggedPaths.redact(target));
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
