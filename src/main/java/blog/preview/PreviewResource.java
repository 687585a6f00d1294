package blog.preview;

import blog.http.JsonBody;
import blog.post.PostReader;
import blog.post.PostResponse;
import blog.problem.ApiException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A preview link read by whoever holds it: no token, the link is the permission. */
@Path("/api/v1/previews")
@Tag(name = "Previews", description = PostPreviewResource.TAG)
@Produces(MediaType.APPLICATION_JSON)
public class PreviewResource {

    private final Previews previews;
    private final PostReader reader;

    PreviewResource(Previews previews, PostReader reader) {
        this.previews = previews;
        this.reader = reader;
    }

    @GET
    @Path("/{token}")
    @Operation(operationId = "getPreview", summary = "Read a post through a preview link",
            description = "No Authorization needed: the token is the permission. Shows the post as it is now, whatever its status; "
                    + "a published post shows what everyone sees. 404 once the token expired or was revoked, or the post was deleted. "
                    + "Never cached (private, no-store) and never indexed (X-Robots-Tag: noindex).")
    @APIResponse(responseCode = "200", description = "The post.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostResponse.class)))
    public RestResponse<JsonBody> read(@Parameter(description = "The token of a preview link.", schema = @Schema(type = SchemaType.STRING, pattern = Previews.TOKEN_PATTERN)) @PathParam("token") String token) {
        JsonBody post = previews.postOf(token).flatMap(postId -> reader.byId(postId, true))
                .orElseThrow(() -> ApiException.notFound("The preview"));
        return RestResponse.ResponseBuilder.ok(post).header(HttpHeaders.CACHE_CONTROL, PostPreviewResource.PRIVATE).header("X-Robots-Tag", "noindex").build();
    }
}
