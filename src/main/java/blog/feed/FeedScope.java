package blog.feed;

import java.time.Instant;
import java.util.UUID;

/**
 * What a feed covers: the whole blog, one tag or one author; its title, its page on the site,
 * its description and when it last changed by itself (a tag renamed), for an empty feed's date.
 */
record FeedScope(Kind kind, UUID id, String slug, String title, String page, String description, Instant updatedAt) {

    enum Kind {
        blog, tag, author
    }

    /** The query string that selects this scope, for the feed's own URL ("" for the whole blog). */
    String query() {
        return kind == Kind.blog ? "" : "?" + kind + "=" + slug;
    }
}
