package blog.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook as the API shows it; the secret only in the answer that created or rotated it. */
@Schema(name = "Webhook", description = "A receiver of change events. `secret` appears once, in the answer that created or rotated it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookResponse(
        @Schema(required = true, description = "Id (UUID v7).", readOnly = true)
        UUID id,
        @Schema(required = true, description = "Where events are POSTed.")
        String url,
        @Schema(required = true, description = "The events sent.")
        List<String> events,
        @Schema(required = true, description = "Whether events are sent.")
        boolean active,
        @Schema(description = "What the webhook is for.")
        String description,
        @Schema(description = "Why the server stopped sending (a 410 Gone, or deliveries failing for a day); absent while active.")
        String disabledReason,
        @Schema(description = "The signing secret (whsec_…): shown once. Verify Blog-Signature with it.", example = "whsec_3kTqYp0xV8…")
        String secret,
        @Schema(required = true, description = "When the webhook was created.", readOnly = true)
        Instant createdAt,
        @Schema(required = true, description = "When an admin last changed the webhook (the server disabling it does not count: see disabledReason).", readOnly = true)
        Instant updatedAt) {

    static WebhookResponse from(Webhook webhook, boolean withSecret) {
        return new WebhookResponse(webhook.id, webhook.url, List.of(webhook.events), webhook.active, webhook.description,
                webhook.disabledReason, withSecret ? webhook.secret : null, webhook.createdAt, webhook.updatedAt);
    }
}
