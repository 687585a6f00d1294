package blog.post;

import blog.changes.ChangeLog;
import blog.changes.ChangeType;
import blog.database.StoredTime;
import blog.http.JsonBody;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The public change a post write makes, for the changes feed and webhooks. A post is announced
 * (post.published) once, when it becomes public, by the write that makes it public or, for a
 * scheduled post, by {@link ScheduledAnnouncer} when its time comes; a write that leaves it
 * public and changes its representation is post.updated; one that takes it out of the public
 * view, post.unpublished; deleting an announced post, post.deleted. Drafts make no change.
 */
@ApplicationScoped
class PostAnnouncements {

    private static final Pattern UPDATED_AT = Pattern.compile("\"updatedAt\":\"[^\"]*\"");

    private final ChangeLog changes;

    PostAnnouncements(ChangeLog changes) {
        this.changes = changes;
    }

    /** Before the write is flushed: whether the post is public now, kept on the row as announced. */
    static boolean announceOnWrite(Post post, Instant now) {
        post.announced = post.status != PostStatus.draft && post.publishedAt != null && !post.publishedAt.isAfter(now);
        return post.announced;
    }

    /** After the write: the change it made, given what was announced and shown before it. */
    void afterWrite(Post post, boolean wasAnnounced, String previousSlug, JsonBody before, JsonBody after) {
        if (post.announced && !wasAnnounced) {
            changes.record(ChangeType.POST_PUBLISHED, post.id, post.slug, updatedAt(post));
        } else if (post.announced && !sameApartFromUpdatedAt(before, after)) {
            changes.record(ChangeType.POST_UPDATED, post.id, post.slug, updatedAt(post));
        } else if (!post.announced && wasAnnounced) {
            changes.record(ChangeType.POST_UNPUBLISHED, post.id, previousSlug, updatedAt(post));
        }
    }

    void afterCreate(Post post) {
        if (post.announced) {
            changes.record(ChangeType.POST_PUBLISHED, post.id, post.slug, updatedAt(post));
        }
    }

    void afterDelete(Post post) {
        if (post.announced) {
            changes.record(ChangeType.POST_DELETED, post.id, post.slug, StoredTime.now());
        }
    }

    /** Every write stamps updatedAt; one that changed nothing else changed nothing public. */
    private static boolean sameApartFromUpdatedAt(JsonBody before, JsonBody after) {
        return withoutUpdatedAt(before).equals(withoutUpdatedAt(after));
    }

    private static String withoutUpdatedAt(JsonBody body) {
        return UPDATED_AT.matcher(new String(body.bytes(), StandardCharsets.UTF_8)).replaceAll("");
    }

    private static Instant updatedAt(Post post) {
        return post.publishedAt != null && post.publishedAt.isAfter(post.updatedAt) ? post.publishedAt : post.updatedAt;
    }
}
