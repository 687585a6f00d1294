package blog.webhook;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of the body POSTed to a webhook, as the document promises it; {@link Deliveries} writes it. */
@Schema(name = "WebhookEvent", description = "The JSON body of a webhook request: one change to public content, or a ping.")
public record WebhookEvent(
        @Schema(required = true, description = "The event's id (UUID): the same in every attempt and redelivery, and in the changes feed. Drop duplicates by it.", format = "uuid")
        String id,
        @Schema(required = true, description = "The event; ping for a test sent with the ping action.", enumeration = {"post.published",
            "post.updated", "post.unpublished", "post.deleted", "tag.created", "tag.updated", "tag.deleted", "author.created",
            "author.updated", "author.deleted", "ping"})
        String type,
        @Schema(required = true, description = "When the change committed.", format = "date-time")
        String occurredAt,
        @Schema(required = true, description = "What changed (for ping: only webhookId).")
        Data data) {

    /** What changed. */
    @Schema(name = "WebhookEventData", description = "The resource that changed, as in the changes feed; a ping carries only webhookId.")
    public record Data(
            @Schema(description = "What kind of resource changed.", enumeration = {"post", "tag", "author"})
            String resource,
            @Schema(description = "The resource's id (UUID).", format = "uuid")
            String id,
            @Schema(description = "The resource's slug after the change (its last public slug for a delete).", example = "hello-world")
            String slug,
            @Schema(description = "upsert: the resource is public as of this change, fetch it; delete: it is not public any more.", enumeration = {"upsert", "delete"})
            String change,
            @Schema(description = "When the resource last changed.", format = "date-time")
            String updatedAt,
            @Schema(description = "The surrogate keys to purge from a CDN for this change: the resource's own (post-<id>, tag-<id> or "
                    + "author-<id>), which every public response showing it carries, and lists, which every list, feed and sitemap carries "
                    + "(see the Surrogate-Key and Cache-Tag response headers).")
            List<String> surrogateKeys,
            @Schema(description = "The pinged webhook's id (ping only).", format = "uuid")
            String webhookId) {
    }
}
