package blog.tag;

import blog.database.WriteRetry;
import blog.idempotency.IdempotentCreates;
import blog.json.MergePatch;
import blog.openapi.ApiDocs;
import blog.paging.PageLinks;
import blog.paging.PageRequest;
import blog.paging.SortKey;
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
import jakarta.ws.rs.PUT;
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

/** Tags: public reads, token-protected writes. */
@Path("/api/v1/tags")
@Tag(name = "Tags", description = "Tags group posts; postCount counts published posts only.")
@Produces(MediaType.APPLICATION_JSON)
public class TagResource {


    private final TagService tags;
    private final MergePatch mergePatch;
    private final IdempotentCreates idempotentCreates;

    TagResource(TagService tags, MergePatch mergePatch,
            IdempotentCreates idempotentCreates) {
        this.tags = tags;
        this.mergePatch = mergePatch;
        this.idempotentCreates = idempotentCreates;
    }

    @GET
    @Operation(operationId = "listTags", summary = "List tags", description = "Tags with their published post counts, by name unless sort says otherwise.")
    @APIResponse(responseCode = "200", description = "A page of tags.")
    public RestResponse<TagPage> list(
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("page") String page,
            @Parameter(description = ApiDocs.CURSOR, schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.CURSOR_PATTERN))
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Order: name (default), -name, createdAt or -createdAt.", schema = @Schema(type = SchemaType.STRING, enumeration = {"name", "-name", "createdAt", "-createdAt"}, defaultValue = "name"))
            @QueryParam("sort") String sort,
            @Context UriInfo uri) {
        SortKey sortKey = SluggedStore.sort(sort, "tag");
        TagPage result = tags.list(PageRequest.parse(limit, page, cursor, sortKey.name()), sortKey);
        return RestResponse.ResponseBuilder.ok(result).header("Link", PageLinks.header(uri, result.page())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTag", summary = "Get a tag by id", description = "Any tag, with its count of published posts.")
    @APIResponse(responseCode = "200", description = "The tag.")
    public TagResponse get(@Parameter(description = "Id of the tag.") @PathParam("id") UUID id) {
        return tags.get(id);
    }

    @GET
    @Path("/slug/{slug}")
    @Operation(operationId = "getTagBySlug", summary = "Get a tag by slug", description = "Any tag, with its count of published posts.")
    @APIResponse(responseCode = "200", description = "The tag.")
    @APIResponse(responseCode = "301", description = ApiDocs.MOVED, headers = @Header(name = "Location", description = ApiDocs.MOVED_LOCATION, required = true, schema = @Schema(type = SchemaType.STRING)))
    public TagResponse getBySlug(@Parameter(description = "Slug of the tag.", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 120)) @PathParam("slug") String slug) {
        return tags.getBySlug(slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "createTag", summary = "Create a tag", description = "The slug is generated from the name unless given. Needs an editor or admin token.")
    @APIResponse(responseCode = "201", description = "Created; Location points to the new tag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagResponse.class)))
    public RestResponse<TagResponse> create(
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull TagRequest request) {
        return WriteRetry.run(() -> idempotentCreates.create(idempotencyKey, request, () -> {
            var created = tags.create(request);
            return new IdempotentCreates.Created<>(URI.create("/api/v1/tags/" + created.id()), created);
        }));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "replaceTag", summary = "Replace a tag", description = "Replaces the writable fields; an absent slug keeps the current one.")
    @APIResponse(responseCode = "200", description = "The updated tag.")
    public TagResponse replace(@Parameter(description = "Id of the tag.") @PathParam("id") UUID id,
                               @Parameter(description = ApiDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                               @Valid @NotNull TagRequest request) {
        return WriteRetry.run(() -> tags.replace(id, request, ifMatch));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "updateTag", summary = "Update a tag with a JSON Merge Patch", description = "RFC 7396: members present replace, null removes.")
    @APIResponse(responseCode = "200", description = "The updated tag.")
    public TagResponse patch(@Parameter(description = "Id of the tag.") @PathParam("id") UUID id,
                             @Parameter(description = ApiDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                             @RequestBody(description = "A JSON Merge Patch: the fields to change, null to reset one.", required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = TagRequest.class))) JsonNode patch) {
        return WriteRetry.run(() -> tags.patch(id, current -> mergePatch.apply(current, patch, TagRequest.class), ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "deleteTag", summary = "Delete a tag", description = "Detaches the tag from its posts; the posts stay.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@Parameter(description = "Id of the tag.") @PathParam("id") UUID id,
                       @Parameter(description = ApiDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        WriteRetry.run(() -> tags.delete(id, ifMatch));
    }

}
