package blog.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of an answer of the changes feed, as the document promises it; {@link ChangeFeed} writes it. */
@Schema(name = "ChangePage", description = "Changes in commit order, and where to resume.")
public record ChangePage(
        @Schema(description = "The changes after the cursor, oldest first.")
        List<Change> items,
        @Schema(required = true, description = "The cursor to send as `since` next time; the same as `since` when nothing changed.", example = "c2VxOjQy")
        String nextCursor) {

    /** One change to a public resource. */
    @Schema(name = "Change", description = "A change to public content.")
    public record Change(
            @Schema(required = true, description = "The event's id (UUID), the same in the feed and in webhook deliveries; drop duplicates by it.", format = "uuid")
            String id,
            @Schema(required = true, description = "The event.", enumeration = {"post.published", "post.updated", "post.unpublished",
                "post.deleted", "tag.created", "tag.updated", "tag.deleted", "author.created", "author.updated", "author.deleted"})
            String type,
            @Schema(required = true, description = "upsert: the resource is public as of this change; delete: it is not public any more.", enumeration = {"upsert", "delete"})
            String change,
            @Schema(required = true, description = "What kind of resource changed.", enumeration = {"post", "tag", "author"})
            String resource,
            @Schema(required = true, description = "The resource's id (UUID).", format = "uuid")
            String resourceId,
            @Schema(required = true, description = "The resource's slug after the change (its last public slug for a delete).", example = "hello-world")
            String slug,
            @Schema(required = true, description = "When the resource last changed.", format = "date-time")
            String updatedAt,
            @Schema(required = true, description = "When the change was recorded.", format = "date-time")
            String occurredAt,
            @Schema(required = true, description = "The surrogate keys to purge from a CDN for this change: the resource's own "
                    + "(post-<id>, tag-<id> or author-<id>) and lists (see the Surrogate-Key and Cache-Tag response headers).")
            List<String> surrogateKeys) {
    }
}
