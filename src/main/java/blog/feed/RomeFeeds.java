package blog.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * RSS 2.0 and Atom 1.0 documents written by ROME: items are identified by {@code urn:uuid:<id>}
 * (RSS guid isPermaLink="false", Atom id), which no rename or move of the site changes; tags
 * are categories; authors are dc:creator in RSS and atom:author in Atom.
 */
final class RomeFeeds {

    static final String RSS = "rss_2.0";
    static final String ATOM = "atom_1.0";
    private static final Namespace ATOM_NAMESPACE = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private RomeFeeds() {
    }

    static byte[] write(String type, FeedDocument document) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setEncoding("UTF-8");
        feed.setTitle(FeedText.xml(document.title()));
        feed.setLink(document.page());
        feed.setUri(document.id());
        feed.setDescription(FeedText.xml(document.description()));
        feed.setLanguage(document.language());
        feed.setPublishedDate(Date.from(document.lastModified()));
        feed.setGenerator("Blog content API");
        if (ATOM.equals(type)) {
            // Atom needs an author for entries without one; RSS's managingEditor would need an e-mail address.
            feed.setAuthors(List.of(person(document.siteTitle(), document.home())));
        }
        feed.setLinks(List.of(link("alternate", document.page(), "text/html"), link("self", document.selfUrl(), document.mediaType())));
        if (RSS.equals(type)) {
            feed.setForeignMarkup(List.of(selfLink(document)));
        }
        feed.setEntries(document.items().stream().map(item -> entry(type, item, document)).toList());
        return output(feed);
    }

    private static SyndEntry entry(String type, FeedItem item, FeedDocument document) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(FeedDocument.itemId(item));
        entry.setTitle(FeedText.xml(item.title()));
        entry.setLink(FeedText.xml(item.url()));
        entry.setPublishedDate(Date.from(item.publishedAt()));
        entry.setUpdatedDate(Date.from(FeedDocument.modified(item)));
        entry.setDescription(content("text", item.excerpt()));
        if (document.fullContent() && item.html() != null) {
            entry.setContents(List.of(content("html", FeedText.absoluteLinks(item.html(), item.page()))));
        }
        entry.setCategories(item.tags().stream().map(RomeFeeds::category).toList());
        List<SyndPerson> authors = item.authors().stream().map(author -> person(author.name(), author.url())).toList();
        if (RSS.equals(type)) {
            // RSS's own author element must be an e-mail address: names go in dc:creator.
            ((DCModule) entry.getModule(DCModule.URI)).setCreators(authors.stream().map(SyndPerson::getName).toList());
        } else {
            entry.setAuthors(authors.isEmpty() ? List.of(person(document.siteTitle(), document.home())) : authors);
        }
        return entry;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(FeedText.xml(value));
        return content;
    }

    private static SyndCategory category(FeedItem.Named tag) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(FeedText.xml(tag.name()));
        return category;
    }

    private static SyndPerson person(String name, String url) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(FeedText.xml(name));
        person.setUri(url);
        return person;
    }

    private static SyndLink link(String rel, String href, String mediaType) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(mediaType);
        return link;
    }

    /** RSS has no self link of its own: the Atom one, as the RSS Advisory Board recommends. */
    private static Element selfLink(FeedDocument document) {
        return new Element("link", ATOM_NAMESPACE).setAttribute("href", document.selfUrl())
                .setAttribute("rel", "self").setAttribute("type", document.mediaType());
    }

    private static byte[] output(SyndFeed feed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new SyndFeedOutput().output(feed, writer, false);
        } catch (IOException | FeedException e) {
            throw new IllegalStateException("A feed could not be written", e);
        }
        return bytes.toByteArray();
    }
}
