package blog.auth;

import blog.openapi.ApiDocs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** API tokens, managed by admins. */
@Path("/api/v1/tokens")
@Tag(name = "Tokens", description = "API tokens with roles. Admin tokens only. Secrets are shown once, at creation.")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiDocs.BEARER)
public class TokenResource {

    private final TokenService tokens;

    TokenResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @GET
    @Operation(operationId = "listTokens", summary = "List tokens", description = "Every token, oldest first, without secrets.")
    @APIResponse(responseCode = "200", description = "The tokens.")
    public List<TokenResponse> list() {
        return tokens.list();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getToken", summary = "Get a token", description = "One token, without its secret.")
    @APIResponse(responseCode = "200", description = "The token, without its secret.")
    public TokenResponse get(@Parameter(description = "Id of the token.") @PathParam("id") UUID id) {
        return tokens.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createToken", summary = "Mint a token", description = "Returns the secret exactly once; store it, it cannot be shown again.")
    @APIResponse(responseCode = "201", description = "Created; the body carries the secret.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    public RestResponse<TokenResponse> create(@Valid @NotNull TokenRequest request) {
        TokenResponse created = tokens.create(request);
        return RestResponse.ResponseBuilder.<TokenResponse>created(URI.create("/api/v1/tokens/" + created.id()))
                .entity(created).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeToken", summary = "Revoke a token", description = "The token stops working at once.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public void revoke(@Parameter(description = "Id of the token.") @PathParam("id") UUID id) {
        tokens.revoke(id);
    }
}
