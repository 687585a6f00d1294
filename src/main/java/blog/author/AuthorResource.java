package blog.author;

import blog.database.WriteRetry;
import blog.idempotency.IdempotentCreates;
import blog.json.MergePatch;
import blog.openapi.ApiDocs;
import blog.paging.PageLinks;
import blog.paging.PageRequest;
import blog.paging.SortKey;
import blog.problem.ProblemResponses;
import blog.slug.SluggedStore;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Authors: public profiles for everyone, managed by editors. */
@Path("/api/v1/authors")
@Tag(name = "Authors", description = "The people who write posts. The public sees no e-mail addresses.")
@Produces(MediaType.APPLICATION_JSON)
public class AuthorResource {


    private final AuthorService authors;
    private final MergePatch mergePatch;
    private final IdempotentCreates idempotentCreates;

    AuthorResource(AuthorService authors, MergePatch mergePatch,
            IdempotentCreates idempotentCreates) {
        this.authors = authors;
        this.mergePatch = mergePatch;
        this.idempotentCreates = idempotentCreates;
    }

    @GET
    @Operation(operationId = "listAuthors", summary = "List authors", description = "Authors with their published post counts, by name unless sort says otherwise.")
    @APIResponse(responseCode = "200", description = "A page of authors.")
    public RestResponse<AuthorPage> list(
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("page") String page,
            @Parameter(description = ApiDocs.CURSOR, schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.CURSOR_PATTERN))
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Order: name (default), -name, createdAt or -createdAt.", schema = @Schema(type = SchemaType.STRING, enumeration = {"name", "-name", "createdAt", "-createdAt"}, defaultValue = "name"))
            @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        SortKey sortKey = SluggedStore.sort(sort, "author");
        AuthorPage result = authors.list(PageRequest.parse(limit, page, cursor, sortKey.name()), sortKey);
        return RestResponse.ResponseBuilder.ok(result).header("Link", PageLinks.header(uri, result.page())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAuthor", summary = "Get an author by id", description = "Any author, with their count of published posts; the e-mail only for editor and admin tokens.")
    @APIResponse(responseCode = "200", description = "The author.")
    public AuthorResponse get(@Parameter(description = "Id of the author.") @PathParam("id") UUID id) {
        return authors.get(id);
    }

    @GET
    @Path("/slug/{slug}")
    @Operation(operationId = "getAuthorBySlug", summary = "Get an author by slug", description = "Any author, with their count of published posts; the e-mail only for editor and admin tokens.")
    @APIResponse(responseCode = "200", description = "The author.")
    @APIResponse(responseCode = "301", description = ApiDocs.MOVED, headers = @Header(name = "Location", description = ApiDocs.MOVED_LOCATION, required = true, schema = @Schema(type = SchemaType.STRING)))
    public AuthorResponse getBySlug(@Parameter(description = "Slug of the author.", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 120)) @PathParam("slug") String slug) {
        return authors.getBySlug(slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "createAuthor", summary = "Create an author", description = "Needs an editor or admin token.")
    @APIResponse(responseCode = "201", description = "Created; Location points to the new author.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorResponse.class)))
    public RestResponse<AuthorResponse> create(
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull AuthorRequest request) {
        return WriteRetry.run(() -> idempotentCreates.create(idempotencyKey, request, () -> {
            var created = authors.create(request);
            return new IdempotentCreates.Created<>(URI.create("/api/v1/authors/" + created.id()), created);
        }));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "updateAuthor", summary = "Update an author with a JSON Merge Patch", description = "Editors may change anyone; other tokens only their own author.")
    @APIResponse(responseCode = "200", description = "The updated author.")
    public AuthorResponse patch(@Parameter(description = "Id of the author.") @PathParam("id") UUID id,
                                @Parameter(description = ApiDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                @RequestBody(description = "A JSON Merge Patch: the fields to change, null to reset one.", required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = AuthorRequest.class))) JsonNode patch) {
        return WriteRetry.run(() -> authors.patch(id, current -> mergePatch.apply(current, patch, AuthorRequest.class), ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "deleteAuthor", summary = "Delete an author", description = "Needs an editor or admin token; an author who still has posts is a 409. Their tokens go with them.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "The author still has posts.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public void delete(@Parameter(description = "Id of the author.") @PathParam("id") UUID id,
                       @Parameter(description = ApiDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        WriteRetry.run(() -> authors.delete(id, ifMatch));
    }
}
