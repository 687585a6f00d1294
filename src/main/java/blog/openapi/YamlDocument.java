package blog.openapi;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves the YAML form of the OpenAPI document (and so openapi.yaml) written by {@link YamlOneOne}
 * from Quarkus's JSON form, in place of Quarkus's own YAML, which YAML 1.1 parsers misread.
 */
@Singleton
public class YamlDocument {

    private static final String MEDIA_TYPE = "application/yaml;charset=UTF-8";
    /** Filters run before routes, so this answers before Quarkus's own OpenAPI route. */
    private static final int PRIORITY = 100;

    private final OpenApiDocumentService documents;
    private final String path;
    private final boolean served;
    private Buffer yaml;

    YamlDocument(OpenApiDocumentService documents,
            @ConfigProperty(name = "quarkus.smallrye-openapi.path", defaultValue = "openapi") String path,
            @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q") String nonApplicationRoot,
            @ConfigProperty(name = "quarkus.smallrye-openapi.enable", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "quarkus.management.enabled", defaultValue = "false") boolean onManagementInterface) {
        this.documents = documents;
        this.path = path.startsWith("/") ? path : "/" + nonApplicationRoot.replaceAll("^/|/$", "") + "/" + path;
        this.served = enabled && !onManagementInterface;
    }

    void write(@Observes StartupEvent started) {
        if (served) {
            yaml = Buffer.buffer(YamlOneOne.write(documents.getDocument(OpenApiFilter.DEFAULT_DOCUMENT_NAME, Format.JSON)));
        }
    }

    void register(@Observes Filters filters) {
        filters.register(this::serve, PRIORITY);
    }

    private void serve(RoutingContext context) {
        if (yaml == null || !wantsYaml(context)) {
            context.next();
            return;
        }
        context.response().putHeader("Content-Type", MEDIA_TYPE);
        if (context.request().method() == HttpMethod.HEAD) {
            context.response().putHeader("Content-Length", String.valueOf(yaml.length())).end();
        } else {
            context.response().end(yaml);
        }
    }

    /** Quarkus's own rule: .json, .yaml or .yml decide; else an Accept naming JSON or ?format=json asks for JSON. */
    private boolean wantsYaml(RoutingContext context) {
        HttpMethod method = context.request().method();
        String requested = context.normalizedPath();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD || !List.of(path, path + ".yaml", path + ".yml", path + ".json")
                .contains(requested)) {
            return false;
        }
        if (!requested.equals(path)) {
            return !requested.endsWith(".json");
        }
        String accept = context.request().getHeader("Accept");
        List<String> format = context.queryParam("format");
        return !(accept != null && accept.contains("application/json") || !format.isEmpty() && format.get(0).equalsIgnoreCase("json"));
    }
}
