package blog.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.servers.Server;

/**
 * Finishes the scanned document for integrators: where to send requests, the errors and headers
 * that shared filters produce, merge-patch bodies, and schemas that code generators read well.
 * Runs at build time, so the server starts with the finished document.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class BuildTimeFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(server()));
        ErrorResponses.declare(openAPI);
        HeaderDeclarations.declare(openAPI);
        PatchSchemas.declare(openAPI);
        SchemaReferences.tidy(openAPI);
    }

    /** Defaults to a local dev server (./mvnw quarkus:dev); clients set their deployment's base URL instead. */
    private static Server server() {
        return OASFactory.createServer().url("{scheme}://{host}")
                .description("Your deployment; by default a local server started with ./mvnw quarkus:dev.")
                .addVariable("scheme", OASFactory.createServerVariable().defaultValue("http").enumeration(List.of("http", "https"))
                        .description("http for a local server, https anywhere else."))
                .addVariable("host", OASFactory.createServerVariable().defaultValue("localhost:8080")
                        .description("Host name and port of the deployment."));
    }
}
