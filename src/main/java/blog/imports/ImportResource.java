package blog.imports;

import blog.auth.Caller;
import blog.auth.Role;
import blog.config.BlogConfig;
import blog.openapi.ApiDocs;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Imports of WordPress, Ghost and this API's own exports (admin only). */
@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Moving a blog in: a WordPress export (WXR), a Ghost export (JSON) or this API's own export "
        + "(GET /api/v1/export) is sent as the request body and applied in the background. Importing a file again creates nothing new.")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    static final String WXR = "application/rss+xml";
    private static final String PRIVATE = "private, no-store";

    private final Imports imports;
    private final ImportWorker worker;
    private final Caller caller;
    private final long maxFileBytes;

    ImportResource(Imports imports, ImportWorker worker, Caller caller, BlogConfig config) {
        this.imports = imports;
        this.worker = worker;
        this.caller = caller;
        this.maxFileBytes = config.imports().maxFileSize().asLongValue();
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, WXR, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "createImport", summary = "Import a WordPress, Ghost or blog export",
            description = "Admin only. The file is read as it arrives (hundreds of megabytes need no more memory than a few posts) "
                    + "and checked whole before anything is kept: a malformed, hostile or unknown file is a 400 and changes nothing. "
                    + "Then the answer is 202 and the items (authors, tags, posts) are applied in the background; GET the Location for progress. "
                    + "WordPress: posts with their status (publish, future; draft, pending and private become drafts), dates, slugs, excerpts, "
                    + "categories then tags (as tags), authors (matched by login or e-mail, created when missing), featured images (by URL) "
                    + "and bodies converted to Markdown; pages, attachments and menu items are skipped and counted. Old URLs "
                    + "(/?p=123 and the permalink) join the redirect map. Ghost: posts, tags (internal #tags skipped) and authors with their order, "
                    + "bodies from HTML, Lexical or mobiledoc. This API's export keeps ids, so export → import → export gives the same document. "
                    + "Each item remembers its source id: importing the same file again creates nothing new. A slug taken by other content gets -2.")
    @RequestBody(required = true, description = "The export file: XML (WordPress WXR 1.0–1.2) or JSON (Ghost 1–6, or GET /api/v1/export).",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING, format = "binary", description = "A WordPress export (WXR).")),
                    @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.STRING, format = "binary", description = "A WordPress export (WXR).")),
                    @Content(mediaType = WXR, schema = @Schema(type = SchemaType.STRING, format = "binary", description = "A WordPress export (WXR).")),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.STRING, format = "binary", description = "A Ghost export or this API's export."))})
    @APIResponse(responseCode = "202", description = "Read and accepted; the items are being applied. Location: the import.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResponse.class)))
    public RestResponse<ImportResponse> create(
            @Parameter(description = "Report what the import would do and write nothing.") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType, InputStream body) {
        caller.require(Role.admin, "import content");
        boolean xml = contentType != null && (contentType.getSubtype().equals("xml") || contentType.getSubtype().equals("rss+xml"));
        UUID id = imports.receive(body, xml ? ImportFormat.wordpress : null, dryRun, maxFileBytes);
        worker.wake();
        return RestResponse.ResponseBuilder.<ImportResponse>accepted().location(URI.create("/api/v1/imports/" + id))
                .entity(imports.get(id)).header(HttpHeaders.CACHE_CONTROL, PRIVATE).build();
    }

    @GET
    @Path("/{id}")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "getImport", summary = "Get an import's progress",
            description = "Admin only. Counts of items read, pending, created, existing (imported before or matched), skipped and failed, "
                    + "per kind, with the reasons for skipped items and the first 100 failures. status is done when nothing is pending.")
    @APIResponse(responseCode = "200", description = "The import.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResponse.class)))
    public RestResponse<ImportResponse> get(@Parameter(description = "Id of the import.") @PathParam("id") UUID id) {
        caller.require(Role.admin, "read imports");
        return RestResponse.ResponseBuilder.ok(imports.get(id)).header(HttpHeaders.CACHE_CONTROL, PRIVATE).build();
    }
}
