package blog.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Serves the YAML form of /q/openapi (and so openapi.yaml) written from the JSON form with every
 * string that a YAML 1.1 parser (PyYAML, SnakeYAML, js-yaml) would take for a date, a time or a
 * number in quotes: an example such as 2026-11-26T09:30:00Z stays the string the JSON form says.
 * The JSON form is Quarkus's own.
 */
public class YamlDocument {

    public static final String PATH = "/q/openapi";
    public static final String MEDIA_TYPE = "application/yaml;charset=UTF-8";
    /** Before Quarkus's own handler, which is a route, not a filter. */
    private static final int PRIORITY = 100;

    private final OpenApiDocumentService documents;
    private volatile byte[] yaml;

    YamlDocument(OpenApiDocumentService documents) {
        this.documents = documents;
    }

    void register(@Observes Filters filters) {
        filters.register(this::serve, PRIORITY);
    }

    private void serve(RoutingContext context) {
        if (!wantsYaml(context)) {
            context.next();
            return;
        }
        if (yaml == null) {
            yaml = toYaml(documents.getDocument(OpenApiFilter.DEFAULT_DOCUMENT_NAME, Format.JSON));
        }
        context.response().putHeader("Content-Type", MEDIA_TYPE);
        if (context.request().method() == HttpMethod.HEAD) {
            context.response().putHeader("Content-Length", String.valueOf(yaml.length)).end();
        } else {
            context.response().end(io.vertx.core.buffer.Buffer.buffer(yaml));
        }
    }

    /** As Quarkus decides: the file extension, else ?format=, else an Accept that asks for JSON; YAML by default. */
    private static boolean wantsYaml(RoutingContext context) {
        HttpMethod method = context.request().method();
        String path = context.normalizedPath();
        if ((method != HttpMethod.GET && method != HttpMethod.HEAD) || !path.startsWith(PATH)) {
            return false;
        }
        if (path.equals(PATH + ".yaml") || path.equals(PATH + ".yml")) {
            return true;
        }
        if (!path.equals(PATH)) {
            return false;
        }
        List<String> format = context.queryParam("format");
        if (!format.isEmpty()) {
            return format.get(0).equalsIgnoreCase("yaml");
        }
        String accept = context.request().getHeader("Accept");
        return accept == null || !accept.contains("application/json");
    }

    static byte[] toYaml(byte[] json) {
        try {
            ObjectMapper yamlMapper = new ObjectMapper(YAMLFactory.builder()
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .stringQuotingChecker(new YamlOneOneQuoting())
                    .build());
            return yamlMapper.writeValueAsBytes(new ObjectMapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The OpenAPI document could not be written as YAML", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson's rules, plus quotes for what YAML 1.1 resolves implicitly: timestamps, sexagesimal numbers, .5, +1. */
    static final class YamlOneOneQuoting extends StringQuotingChecker.Default {

        private static final Pattern LOOKS_TYPED = Pattern.compile("^[-+.]?[0-9].*|^[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)$|^[<=~]$");

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || LOOKS_TYPED.matcher(value).matches();
        }
    }
}
