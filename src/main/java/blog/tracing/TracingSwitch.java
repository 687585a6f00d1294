package blog.tracing;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Traces are off unless an OTLP endpoint is configured (blog.tracing.otlp-endpoint,
 * BLOG_OTLP_ENDPOINT): then spans of HTTP requests, SQL statements and webhook calls are sent
 * there. An explicit quarkus.otel.sdk.disabled still decides.
 */
public class TracingSwitch implements ConfigSourceFactory {

    static final String ENDPOINT = "blog.tracing.otlp-endpoint";
    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    /** Below application.properties (250) and the environment (300): only a default. */
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        return List.of(new PropertiesConfigSource(Map.of(SDK_DISABLED, String.valueOf(!configured(context.getValue(ENDPOINT)))),
                "blog tracing switch", ORDINAL));
    }

    private static boolean configured(ConfigValue endpoint) {
        return endpoint != null && endpoint.getValue() != null && !endpoint.getValue().isBlank();
    }
}
