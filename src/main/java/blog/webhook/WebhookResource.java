package blog.webhook;

import blog.json.MergePatch;
import blog.openapi.ApiDocs;
import blog.paging.QueryParams;
import blog.problem.Problem;
import blog.problem.ProblemResponses;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
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

/** Webhooks, managed by admins. */
@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = WebhookResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiDocs.BEARER)
public class WebhookResource {

    /** How deliveries work, for receivers: in the tag's description and in the document's webhooks. */
    static final String DELIVERIES = """
            Every committed change to public content (the events of the changes feed) is POSTed as a WebhookEvent to \
            the webhooks that want it, at least once: drop duplicates by the event id (also in the Blog-Event-Id header). \
            Each request carries `Blog-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with \
            the webhook's secret>`; recompute it, compare in constant time and refuse old timestamps (say, over 5 minutes). \
            A receiver answers 2xx within the timeout (5 s by default) to acknowledge; a timeout, connection error or \
            other status is retried with exponential backoff and jitter for about a day, then the webhook is disabled \
            with the reason; 410 Gone disables it at once. Redirects are not followed.""";
    static final String TAG_DESCRIPTION = "Receivers of change events, managed by admin tokens. " + DELIVERIES;

    private final WebhookService webhooks;
    private final MergePatch mergePatch;

    WebhookResource(WebhookService webhooks, MergePatch mergePatch) {
        this.webhooks = webhooks;
        this.mergePatch = mergePatch;
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhooks", description = "Every webhook, oldest first, without secrets.")
    @APIResponse(responseCode = "200", description = "The webhooks.")
    public List<WebhookResponse> list() {
        return webhooks.list();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook", description = "One webhook, without its secret.")
    @APIResponse(responseCode = "200", description = "The webhook.")
    public WebhookResponse get(@Parameter(description = "Id of the webhook.") @PathParam("id") UUID id) {
        return webhooks.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Create a webhook",
            description = "The webhook hears of the changes that commit after it. The answer shows the signing secret, once.")
    @APIResponse(responseCode = "201", description = "Created; the body carries the secret, Location points to the webhook.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponse.class)))
    public RestResponse<WebhookResponse> create(@Valid @NotNull WebhookRequest request) {
        WebhookResponse created = webhooks.create(request);
        return RestResponse.ResponseBuilder.<WebhookResponse>created(URI.create("/api/v1/webhooks/" + created.id()))
                .entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "updateWebhook", summary = "Update a webhook with a JSON Merge Patch",
            description = "RFC 7396: members present replace, null resets. `active: true` re-enables a webhook the server disabled.")
    @APIResponse(responseCode = "200", description = "The updated webhook, without its secret.")
    public WebhookResponse patch(@Parameter(description = "Id of the webhook.") @PathParam("id") UUID id,
                                 @RequestBody(description = "A JSON Merge Patch: the fields to change, null to reset one.", required = true,
                                         content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = WebhookRequest.class)))
                                 JsonNode patch) {
        return webhooks.patch(id, current -> mergePatch.apply(current, patch, WebhookRequest.class));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook", description = "Stops its deliveries and forgets them.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@Parameter(description = "Id of the webhook.") @PathParam("id") UUID id) {
        webhooks.delete(id);
    }

    @POST
    @Path("/{id}/secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate a webhook's secret",
            description = "Replaces the signing secret at once; the answer shows the new one, once. Deliveries from now on are signed with it.")
    @APIResponse(responseCode = "200", description = "The webhook with its new secret.")
    public WebhookResponse rotateSecret(@Parameter(description = "Id of the webhook.") @PathParam("id") UUID id) {
        return webhooks.rotateSecret(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "List a webhook's deliveries",
            description = "The latest deliveries, newest first: status, attempts, the last answer's status and start, the next attempt.")
    @APIResponse(responseCode = "200", description = "The deliveries.")
    public List<DeliveryResponse> deliveries(
            @Parameter(description = "Id of the webhook.") @PathParam("id") UUID id,
            @Parameter(description = "How many deliveries, 1–100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit) {
        return webhooks.deliveries(id, limit == null ? 20 : QueryParams.integer("limit", limit, 1, 100));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a delivery again",
            description = "Queues the delivery again, with the same event id and body, whatever its status; its retry period starts anew.")
    @APIResponse(responseCode = "202", description = "Queued; the delivery as it stands.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryResponse.class)))
    @APIResponse(responseCode = "409", description = "The webhook is not active: re-enable it (active: true) first.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<DeliveryResponse> redeliver(@Parameter(description = "Id of the webhook.") @PathParam("id") UUID id,
                                                    @Parameter(description = "Id of the delivery.") @PathParam("deliveryId") UUID deliveryId) {
        return RestResponse.accepted(webhooks.redeliver(id, deliveryId));
    }

    @POST
    @Path("/{id}/ping")
    @Operation(operationId = "pingWebhook", summary = "Send a ping event",
            description = "Queues a `ping` event, signed and retried like any other, to try a receiver; follow it in the deliveries.")
    @APIResponse(responseCode = "202", description = "Queued; the ping's delivery.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryResponse.class)))
    @APIResponse(responseCode = "409", description = "The webhook is not active: re-enable it (active: true) first.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<DeliveryResponse> ping(@Parameter(description = "Id of the webhook.") @PathParam("id") UUID id) {
        return RestResponse.accepted(webhooks.ping(id));
    }
}
