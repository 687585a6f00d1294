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
 * there. Explicit quarkus.otel.sdk.disabled and quarkus.datasource.jdbc.telemetry.enabled settings still decide.
 */
public class TracingSwitch implements ConfigSourceFactory {

    static final String ENDPOINT = "blog.tracing.otlp-endpoint";
    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    /** Quarkus's SDK still makes spans when disabled; the JDBC wrapper would then make one per statement for nothing. */
    static final String JDBC_TRACING = "quarkus.datasource.jdbc.telemetry.enabled";
    /** Below application.properties (250) and the environment (300): only a default. */
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean tracing = configured(context.getValue(ENDPOINT));
        return List.of(new PropertiesConfigSource(Map.of(SDK_DISABLED, String.valueOf(!tracing),
                JDBC_TRACING, String.valueOf(tracing)), "blog tracing switch", ORDINAL));
    }

    private static boolean configured(ConfigValue endpoint) {
        return endpoint != null && endpoint.getValue() != null && !endpoint.getValue().isBlank();
    }
}
