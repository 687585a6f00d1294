package blog.preview;

import blog.http.RequiredContentType;
import blog.openapi.ApiDocs;
import blog.problem.ApiException;
import blog.problem.ProblemType;
import blog.post.PostService;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A post's preview links: minted, listed and revoked by whoever may edit the post. */
@Path("/api/v1/posts/{id}/previews")
@Tag(name = "Previews", description = PostPreviewResource.TAG)
@Produces(MediaType.APPLICATION_JSON)
public class PostPreviewResource {

    static final String TAG = "Links that show one post as it is now (draft or scheduled) to anyone holding them, without a token: "
            + "for a front end's preview page. Short-lived and revocable.";
    static final String PRIVATE = "private, no-store";

    private final Previews previews;
    private final PostService posts;

    PostPreviewResource(Previews previews, PostService posts) {
        this.previews = previews;
        this.posts = posts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "createPreview", summary = "Create a preview link of a post",
            description = "For whoever may edit the post. The answer carries the token and the links built from it, once; only a digest of the token is kept.")
    @APIResponse(responseCode = "201", description = "Created; Location points to the link (to revoke it).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewResponse.class)))
    public RestResponse<PreviewResponse> create(@Parameter(description = "Id of the post.") @PathParam("id") UUID id,
            @RequestBody(description = "Optional; without a body the link works for blog.previews.lifetime (24 hours).", required = false)
            @Valid PreviewRequest request, @Context ContainerRequestContext context) {
        if (request == null && !RequiredContentType.isBarePost(context)) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "The request body must be a JSON object, such as {}; or send no body and no Content-Type.");
        }
        posts.checkCanPreview(id);
        PreviewResponse created = previews.create(id, request);
        return RestResponse.ResponseBuilder.<PreviewResponse>created(URI.create("/api/v1/posts/" + id + "/previews/" + created.id()))
                .entity(created).header(HttpHeaders.CACHE_CONTROL, PRIVATE).build();
    }

    @GET
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "listPreviews", summary = "List a post's preview links", description = "The links that have not expired, without their tokens.")
    @APIResponse(responseCode = "200", description = "The links.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewList.class)))
    public PreviewList list(@Parameter(description = "Id of the post.") @PathParam("id") UUID id) {
        posts.checkCanPreview(id);
        return previews.list(id);
    }

    @DELETE
    @Path("/{previewId}")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "revokePreview", summary = "Revoke a preview link", description = "The token stops working at once.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public void revoke(@Parameter(description = "Id of the post.") @PathParam("id") UUID id,
                       @Parameter(description = "Id of the preview link.") @PathParam("previewId") UUID previewId) {
        posts.checkCanPreview(id);
        previews.revoke(id, previewId);
    }
}
