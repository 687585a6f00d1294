package blog.export;

import blog.auth.Caller;
import blog.auth.Role;
import blog.openapi.ApiDocs;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The whole blog as one JSON document, for a backup or a move (admin only). */
@Path("/api/v1/export")
@Tag(name = "Imports", description = "Moving a blog in and out.")
public class ExportResource {

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final Caller caller;

    ExportResource(AgroalDataSource dataSource, ObjectMapper mapper, Caller caller) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "exportBlog", summary = "Export the whole blog",
            description = "Admin only. Streams every author (with e-mail), tag and post (drafts and scheduled ones too, with their "
                    + "Markdown), their links, dates and old slugs, from one snapshot of the database. No tokens, webhooks or secrets. "
                    + "POST the document to /api/v1/imports to restore it: into an empty instance, export → import → export gives the same document.")
    @APIResponse(responseCode = "200", description = "The export, as a download.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportDocument.class)))
    public Response export() {
        caller.require(Role.admin, "export the blog");
        StreamingOutput body = out -> {
            try (Connection connection = dataSource.getConnection();
                 JsonGenerator json = mapper.getFactory().createGenerator(out)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                new ExportWriter(connection, json).write();
            } catch (SQLException e) {
                throw new IOException("Exporting failed", e);
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("Content-Disposition", "attachment; filename=\"blog-export.json\"")
                .build();
    }
}
