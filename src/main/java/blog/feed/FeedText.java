package blog.feed;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Text made fit for a feed: characters XML 1.0 cannot carry removed, links in a body made absolute. */
final class FeedText {

    private static final String[] LINK_ATTRIBUTES = {"href=\"", "src=\""};
    private static final Pattern ROOT_RELATIVE = Pattern.compile("(href|src)=\"/(?!/)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

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

    /**
     * The body's HTML with relative links and images resolved against the post's page: readers show
     * it elsewhere. The sanitiser writes every attribute in double quotes, so a link that starts at
     * the site's root ({@code href="/about"}, the common case) takes the page's origin in front;
     * any other relative form goes through jsoup.
     */
    static String absoluteLinks(String html, String pageUrl) {
        if (html == null) {
            return null;
        }
        boolean rootRelative = false;
        for (String attribute : LINK_ATTRIBUTES) {
            for (int at = html.indexOf(attribute); at >= 0; at = html.indexOf(attribute, at + 1)) {
                int value = at + attribute.length();
                if (value < html.length() && html.charAt(value) == '/' && (value + 1 == html.length() || html.charAt(value + 1) != '/')) {
                    rootRelative = true;
                } else if (!SCHEME.matcher(html.substring(value, Math.min(html.length(), value + 40))).find()) {
                    return resolvedByJsoup(html, pageUrl);
                }
            }
        }
        return rootRelative ? ROOT_RELATIVE.matcher(html).replaceAll("$1=\"" + Matcher.quoteReplacement(origin(pageUrl)) + "/") : html;
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String resolvedByJsoup(String html, String pageUrl) {
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
