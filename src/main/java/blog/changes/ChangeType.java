package blog.changes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The changes to public content that the feed lists and webhooks announce. */
public enum ChangeType {
    POST_PUBLISHED("post", true),
    POST_UPDATED("post", true),
    POST_UNPUBLISHED("post", false),
    POST_DELETED("post", false),
    TAG_CREATED("tag", true),
    TAG_UPDATED("tag", true),
    TAG_DELETED("tag", false),
    AUTHOR_CREATED("author", true),
    AUTHOR_UPDATED("author", true),
    AUTHOR_DELETED("author", false);

    private final String resource;
    private final boolean visible;

    ChangeType(String resource, boolean visible) {
        this.resource = resource;
        this.visible = visible;
    }

    public String resource() {
        return resource;
    }

    /** Whether the resource is public after this change: an upsert in the feed, else a delete. */
    public boolean visible() {
        return visible;
    }

    /** post.published, tag.deleted, … */
    public String eventName() {
        return resource + "." + name().substring(resource.length() + 1).toLowerCase(Locale.ROOT);
    }

    public static List<String> eventNames() {
        return Arrays.stream(values()).map(ChangeType::eventName).toList();
    }
}
