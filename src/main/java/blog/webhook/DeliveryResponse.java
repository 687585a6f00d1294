package blog.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event sent (or to be sent) to one webhook. */
@Schema(name = "WebhookDelivery", description = "An event sent, or to be sent, to a webhook, with its last attempt.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryResponse(
        @Schema(required = true, description = "Id of the delivery.")
        UUID id,
        @Schema(required = true, description = "Id of the event (the same in every delivery of it and in the changes feed).")
        UUID eventId,
        @Schema(required = true, description = "The event, or ping.", example = "post.published")
        String eventType,
        @Schema(required = true, description = "pending (to be sent, or retried), delivered (a 2xx answer) or failed (given up).", enumeration = {"pending", "delivered", "failed"})
        String status,
        @Schema(required = true, description = "Attempts made.", minimum = "0")
        int attempts,
        @Schema(description = "The HTTP status the receiver last answered.")
        Integer lastStatus,
        @Schema(description = "Why the last attempt failed (timeout, connection refused, …).")
        String lastError,
        @Schema(description = "The start of the receiver's last answer (at most 500 characters).", maxLength = 500)
        String lastResponse,
        @Schema(description = "When the next attempt is due, for a pending delivery.")
        Instant nextAttemptAt,
        @Schema(required = true, description = "When the delivery was created (or redelivery asked for).")
        Instant createdAt,
        @Schema(required = true, description = "When the delivery last changed.")
        Instant updatedAt) {
}
