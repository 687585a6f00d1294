package blog.feed;

import java.time.Instant;
import java.util.List;

/** Everything a feed document says, whatever its format: the scope, its URLs and its items. */
record FeedDocument(String id, String title, String description, String page, String selfUrl, String mediaType, String language,
        String siteTitle, String home, Instant lastModified, boolean fullContent, List<FeedItem> items) {

    /** An item's id in every format: its post's id, which outlives any change of slug, URL or site. */
    static String itemId(FeedItem item) {
        return "urn:uuid:" + item.id();
    }

    /** A scheduled post becomes public at publishedAt without being written. */
    static Instant modified(FeedItem item) {
        return item.publishedAt().isAfter(item.updatedAt()) ? item.publishedAt() : item.updatedAt();
    }
}
