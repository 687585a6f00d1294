package blog.imports;

import static blog.imports.ImportText.firstLine;
import static blog.imports.ImportText.firstNonBlank;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.parser.Parser;

/**
 * Reads a WordPress eXtended RSS export (WXR 1.0–1.2) as it streams in: authors, categories and
 * tags of the channel, then its items. Posts become posts (publish, draft, future; private and
 * pending as drafts), pages and other item types are skipped, attachments only lend their URL to
 * the posts that show them as featured image. No DTD is read (a file with one is refused) and no
 * entity expanded; attributes, texts and nesting are bounded.
 */
final class WxrReader {

    private static final String WP_NAMESPACE = "http://wordpress.org/export/";
    private static final String CONTENT_NAMESPACE = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC_NAMESPACE = "http://purl.org/dc/elements/1.1/";
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** The longest text of one element (a post's body), in characters. */
    private static final int MAX_TEXT = 8 * 1024 * 1024;
    private static final XMLInputFactory FACTORY = factory();

    private final ImportSink sink;
    private String site = "";
    /** The blog's home, where its permalinks are (wp:base_blog_url); the install's address when absent. */
    private String blog = "";
    private final Set<String> seenTerms = new HashSet<>();
    private final Set<String> seenAuthors = new HashSet<>();

    WxrReader(ImportSink sink) {
        this.sink = sink;
    }

    /** Reads the whole file and returns its site's address (wp:base_site_url), the source of its ids. */
    String read(InputStream in) {
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            try {
                readDocument(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw ImportRejected.because("The file is not a well-formed XML document"
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNumber() + ")" : "") + ": " + firstLine(e.getMessage()));
        } catch (WstxLazyException e) {
            throw ImportRejected.because("The file is not a well-formed XML document: " + firstLine(e.getMessage()));
        }
        return site;
    }

    private void readDocument(XMLStreamReader xml) throws XMLStreamException {
        boolean sawRss = false;
        boolean sawWordPress = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw ImportRejected.because("The file has a document type declaration (DOCTYPE); WordPress exports have none, and none is read.");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (!sawRss) {
                if (!name.equals("rss")) {
                    throw ImportRejected.because("The file is XML but not a WordPress export (WXR): its root element is <" + name + ">, not <rss>.");
                }
                sawRss = true;
                continue;
            }
            if (isWordPress(xml)) {
                sawWordPress = true;
                switch (name) {
                    case "wxr_version" -> checkVersion(xml.getElementText().strip());
                    case "base_site_url" -> site = xml.getElementText().strip();
                    case "base_blog_url" -> blog = xml.getElementText().strip();
                    case "author" -> sink.item(author(xml));
                    case "category" -> sink.item(category(xml));
                    case "tag" -> sink.item(tag(xml));
                    default -> skipElement(xml);
                }
            } else if (name.equals("item")) {
                item(xml);
            }
        }
        if (!sawWordPress) {
            throw ImportRejected.because("The file is RSS but not a WordPress export (WXR): it has no elements of the WordPress export namespace.");
        }
    }

    private static void checkVersion(String version) {
        if (!version.matches("1\\.[0-2]")) {
            throw ImportRejected.because("WXR version " + version + " is not supported; 1.0, 1.1 and 1.2 are.");
        }
    }

    private ImportItem author(XMLStreamReader xml) throws XMLStreamException {
        String login = null;
        String email = null;
        String displayName = null;
        String first = null;
        String last = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "author_login" -> login = text(xml);
                case "author_email" -> email = text(xml);
                case "author_display_name" -> displayName = text(xml);
                case "author_first_name" -> first = text(xml);
                case "author_last_name" -> last = text(xml);
                default -> skipElement(xml);
            }
        }
        String name = firstNonBlank(displayName, join(first, last), login);
        if (login == null || login.isBlank()) {
            return new ImportItem.Skipped("author", "", name, "An author without a login cannot be matched to posts.");
        }
        seenAuthors.add(login.strip());
        return new ImportItem.Author(login, login, name, email, null, null, null, null, null, null);
    }

    private ImportItem category(XMLStreamReader xml) throws XMLStreamException {
        String slug = null;
        String name = null;
        String description = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "category_nicename" -> slug = decodeSlug(text(xml));
                case "cat_name" -> name = termName(text(xml));
                case "category_description" -> description = text(xml);
                default -> skipElement(xml);
            }
        }
        seenTerms.add("category:" + slug);
        return new ImportItem.Tag("category:" + slug, slug, firstNonBlank(name, slug), description, null, null, null);
    }

    private ImportItem tag(XMLStreamReader xml) throws XMLStreamException {
        String slug = null;
        String name = null;
        String description = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "tag_slug" -> slug = decodeSlug(text(xml));
                case "tag_name" -> name = termName(text(xml));
                case "tag_description" -> description = text(xml);
                default -> skipElement(xml);
            }
        }
        seenTerms.add("post_tag:" + slug);
        return new ImportItem.Tag("post_tag:" + slug, slug, firstNonBlank(name, slug), description, null, null, null);
    }

    /** A term's source id; one the channel did not list becomes a tag of its own now. */
    private String term(String taxonomy, String slug, String label) {
        String term = taxonomy + ":" + firstNonBlank(slug, label);
        if (seenTerms.add(term)) {
            sink.item(new ImportItem.Tag(term, slug, firstNonBlank(label, slug), null, null, null, null));
        }
        return term;
    }

    /** One &lt;item&gt;: its fields in any order, then what it is decides what it becomes. */
    private void item(XMLStreamReader xml) throws XMLStreamException {
        WxrItem item = new WxrItem();
        while (nextChild(xml)) {
            String name = xml.getLocalName();
            String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            if (namespace.startsWith(WP_NAMESPACE) && namespace.endsWith("/excerpt/") && name.equals("encoded")) {
                item.excerpt = text(xml);
            } else if (namespace.startsWith(WP_NAMESPACE)) {
                wordPressField(xml, name, item);
            } else if (namespace.equals(CONTENT_NAMESPACE) && name.equals("encoded")) {
                item.content = text(xml);
            } else if (namespace.equals(DC_NAMESPACE) && name.equals("creator")) {
                item.creator = text(xml);
            } else if (namespace.isEmpty() && name.equals("title")) {
                item.title = text(xml);
            } else if (namespace.isEmpty() && name.equals("link")) {
                item.link = text(xml);
            } else if (namespace.isEmpty() && name.equals("pubDate")) {
                item.pubDate = text(xml);
            } else if (namespace.isEmpty() && name.equals("category")) {
                String domain = xml.getAttributeValue(null, "domain");
                String slug = decodeSlug(xml.getAttributeValue(null, "nicename"));
                String label = termName(text(xml));
                if ("category".equals(domain) || "post_tag".equals(domain)) {
                    String term = term(domain, slug, label);
                    (domain.equals("category") ? item.categories : item.tags).add(term);
                }
            } else {
                skipElement(xml);
            }
        }
        if (item.type.equals("post") && item.creator != null && !item.creator.isBlank() && seenAuthors.add(item.creator.strip())) {
            String login = item.creator.strip();
            sink.item(new ImportItem.Author(login, login, login, null, null, null, null, null, null, null));
        }
        sink.item(item.toImportItem(blog.isBlank() ? site : blog));
        if (item.type.equals("attachment") && item.attachmentUrl != null) {
            sink.fact(item.id, ImportSink.Fact.ATTACHMENT_URL, item.attachmentUrl, 0);
        }
    }

    private void wordPressField(XMLStreamReader xml, String name, WxrItem item) throws XMLStreamException {
        switch (name) {
            case "post_id" -> item.id = text(xml).strip();
            case "post_date" -> item.localDate = text(xml);
            case "post_date_gmt" -> item.gmtDate = text(xml);
            case "post_modified_gmt" -> item.modifiedGmt = text(xml);
            case "post_name" -> item.slug = decodeSlug(text(xml));
            case "status" -> item.status = text(xml).strip();
            case "post_type" -> item.type = text(xml).strip();
            case "is_sticky" -> item.sticky = text(xml).strip().equals("1");
            case "post_password" -> item.password = !text(xml).isBlank();
            case "attachment_url" -> item.attachmentUrl = text(xml).strip();
            case "postmeta" -> postMeta(xml, item);
            default -> skipElement(xml);
        }
    }

    private void postMeta(XMLStreamReader xml, WxrItem item) throws XMLStreamException {
        String key = null;
        String value = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "meta_key" -> key = text(xml);
                case "meta_value" -> value = text(xml);
                default -> skipElement(xml);
            }
        }
        if ("_thumbnail_id".equals(key) && value != null) {
            item.thumbnailId = value.strip();
        }
    }

    /** The fields of one item as they arrive; then what the item becomes. */
    private static final class WxrItem {
        String id = "";
        String title = "";
        String link;
        String pubDate;
        String creator;
        String content = "";
        String excerpt;
        String localDate;
        String gmtDate;
        String modifiedGmt;
        String slug;
        String status = "draft";
        String type = "post";
        boolean sticky;
        boolean password;
        String attachmentUrl;
        String thumbnailId;
        final List<String> categories = new ArrayList<>();
        final List<String> tags = new ArrayList<>();

        ImportItem toImportItem(String site) {
            if (id.isBlank()) {
                return new ImportItem.Skipped(kindOf(type), "", title, "An item without wp:post_id cannot be imported once only.");
            }
            if (!type.equals("post")) {
                String what = type.equals("attachment") && attachmentUrl != null ? attachmentUrl : title;
                return new ImportItem.Skipped(kindOf(type), id, what, switch (type) {
                    case "page" -> "Pages are not imported.";
                    case "attachment" -> "Media files stay at their URLs; posts refer to them there.";
                    case "nav_menu_item" -> "Menu items are not imported.";
                    default -> "Items of other types (custom post types, revisions, …) are not imported.";
                });
            }
            List<String> terms = new ArrayList<>(categories);
            terms.addAll(tags);
            Instant published = publicationDate();
            // A password-protected post is not for everyone: it comes in as a draft.
            String postStatus = password ? "draft" : switch (status) {
                case "publish" -> "published";
                case "future" -> "scheduled";
                default -> "draft";
            };
            Instant modified = wpDate(modifiedGmt);
            return new ImportItem.Post(id, title, slug, postStatus, published, published, modified, null, content,
                    null, null, excerpt, sticky, null, null, null, null, null, thumbnailId, terms,
                    creator == null || creator.isBlank() ? List.of() : List.of(creator.strip()), oldPaths(site, published), null);
        }

        /** post_date_gmt, or for drafts (0000-00-00) post_date read as UTC, or pubDate. */
        private Instant publicationDate() {
            Instant gmt = wpDate(gmtDate);
            if (gmt != null) {
                return gmt;
            }
            if (status.equals("draft") || status.equals("pending") || status.equals("auto-draft")) {
                return null;
            }
            Instant local = wpDate(localDate);
            return local != null ? local : rssDate(pubDate);
        }

        /** /?p=123 and the permalink's path (/2024/05/31/slug/), as the old site served them. */
        private List<String> oldPaths(String site, Instant published) {
            if (!status.equals("publish") || password || id.isBlank()) {
                return List.of();
            }
            List<String> paths = new ArrayList<>();
            paths.add("/?p=" + id);
            String path = pathOnSite(site, link);
            if (path != null && !path.equals("/") && !path.startsWith("/?")) {
                paths.add(path);
            }
            return paths;
        }
    }

    /** The kinds of skipped items the report names; any other type is "other". */
    private static String kindOf(String type) {
        return switch (type) {
            case "page", "attachment", "nav_menu_item" -> type;
            default -> "other";
        };
    }

    /** The path (and query) of a link on the site, or null when it is elsewhere or not a URL. */
    static String pathOnSite(String site, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(link.strip());
            URI base = site == null || site.isBlank() ? null : URI.create(site.strip());
            if (uri.getHost() == null || base != null && !uri.getHost().equalsIgnoreCase(base.getHost())) {
                return null;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant wpDate(String text) {
        if (text == null || text.isBlank() || text.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), WP_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant rssDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DateTimeFormatter.RFC_1123_DATE_TIME.parse(text.strip(), Instant::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** WordPress stores non-ASCII slugs percent-encoded (%d0%bf…); the tag and post writers make their own slugs from them. */
    static String decodeSlug(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        try {
            return URLDecoder.decode(slug.strip().replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return slug.strip();
        }
    }

    /** WordPress keeps term names HTML-escaped ("Tips &amp;amp; Tricks"). */
    private static String termName(String name) {
        return Parser.unescapeEntities(name, false);
    }

    private static boolean isWordPress(XMLStreamReader xml) {
        String namespace = xml.getNamespaceURI();
        return namespace != null && namespace.startsWith(WP_NAMESPACE);
    }

    /** Moves to the next child element of the current one; false at the current one's end. */
    private static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /** The element's text (CDATA included); an element inside it is skipped, as WXR text fields have none. */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                    if (text.length() > MAX_TEXT) {
                        throw ImportRejected.because("The text ending at line " + xml.getLocation().getLineNumber()
                                + " is longer than " + MAX_TEXT + " characters.");
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                }
            }
        }
        return text.toString();
    }

    private static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String join(String first, String last) {
        String joined = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
        return joined.isEmpty() ? null : joined;
    }

    /**
     * No DTDs (so no entity but XML's five, and an undeclared one is an error); bounded attribute and text sizes and nesting, so
     * that an entity bomb, an external entity or a gigabyte attribute is refused, not read.
     */
    private static XMLInputFactory factory() {
        WstxInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // Errors inside a text are reported where they are, not later as an unchecked exception.
        factory.setProperty(WstxInputProperties.P_LAZY_PARSING, false);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 64 * 1024);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 64);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 64);
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT);
        return factory;
    }
}
