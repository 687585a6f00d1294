package blog.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1): the same document as the RSS and Atom feeds. */
final class JsonFeeds {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private JsonFeeds() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Feed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
            @JsonProperty("feed_url") String feedUrl, String description, String language, List<Author> authors,
            List<Item> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Item(String id, String url, String title, @JsonProperty("content_html") String contentHtml,
            @JsonProperty("content_text") String contentText, String summary, String image,
            @JsonProperty("date_published") Instant datePublished, @JsonProperty("date_modified") Instant dateModified,
            List<Author> authors, List<String> tags) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Author(String name, String url) {
    }

    static byte[] write(ObjectMapper objectMapper, FeedDocument document) {
        Feed feed = new Feed(VERSION, document.title(), document.page(),
                document.selfUrl(), document.description(), document.language(),
                List.of(new Author(document.siteTitle(), document.home())),
                document.items().stream().map(item -> item(item, document.fullContent())).toList());
        try {
            return objectMapper.writeValueAsBytes(feed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON feed could not be written", e);
        }
    }

    /** Every item needs content_html or content_text: the body when feeds are full, else the excerpt as text. */
    private static Item item(FeedItem item, boolean fullContent) {
        boolean withBody = fullContent && item.html() != null;
        return new Item(FeedDocument.itemId(item), item.url(), item.title(),
                withBody ? FeedText.absoluteLinks(item.html(), item.page()) : null, withBody ? null : item.excerpt(),
                item.excerpt(), item.featureImage(), item.publishedAt(), FeedDocument.modified(item),
                item.authors().stream().map(author -> new Author(author.name(), author.url())).toList(),
                item.tags().stream().map(FeedItem.Named::name).toList());
    }
}
