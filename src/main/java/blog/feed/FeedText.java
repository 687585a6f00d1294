package blog.feed;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Text made fit for a feed: characters XML 1.0 cannot carry removed, links in a body made absolute. */
final class FeedText {

    /** An attribute value that is not an absolute URL (the sanitiser writes attributes in double quotes). */
    private static final Pattern RELATIVE_LINK = Pattern.compile("(?:href|src)=\"(?![a-zA-Z][a-zA-Z0-9+.-]*:)");

    private FeedText() {
    }

    /**
     * Drops what XML 1.0 forbids (control characters other than tab and line breaks, U+FFFE,
     * U+FFFF): the API stores them, a feed cannot carry them, and an XML writer refuses them.
     */
    static String xml(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.substring(0, i));
            } else if (allowed && clean != null) {
                clean.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return clean == null ? text : clean.toString();
    }

    /** The body's HTML with relative links and images resolved against the post's page: readers show it elsewhere. */
    static String absoluteLinks(String html, String pageUrl) {
        if (html == null || !RELATIVE_LINK.matcher(html).find()) {
            return html;
        }
        org.jsoup.nodes.Document document = Jsoup.parseBodyFragment(html, pageUrl);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.select("[href], [src]")) {
            for (String attribute : new String[] {"href", "src"}) {
                if (element.hasAttr(attribute) && !element.absUrl(attribute).isEmpty()) {
                    element.attr(attribute, element.absUrl(attribute));
                }
            }
        }
        return document.body().html();
    }
}
