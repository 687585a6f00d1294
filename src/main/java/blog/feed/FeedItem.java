package blog.feed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A published post as feeds need it: its URL (canonicalUrl, else its page), its page on the
 * site, its text, and the names of its tags and authors.
 */
record FeedItem(UUID id, String url, String page, String title, String excerpt, String html, Instant publishedAt, Instant updatedAt,
        String featureImage, List<Named> tags, List<Named> authors) {

    /** A tag or an author: its slug, its name and its page. */
    record Named(String slug, String name, String url) {
    }
}
