package blog.post;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/** Renders CommonMark (with GitHub tables, strikethrough and autolinks) to sanitised HTML. */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .sanitizeUrls(true)
            .build();
    /** Only markup, no scripts, event handlers, styles, frames or non-http(s) URLs. */
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("del", "s", "hr")
            .addAttributes("code", "class")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("input", "type", "checked", "disabled")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);
    /** Any absolute base: it only lets relative links through the sanitiser unchanged. */
    private static final String BASE_URI = "https://blog.invalid/";
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private Markdown() {
    }

    /** What a body renders to: sanitised HTML, its visible text, and its running prose. */
    public record Rendered(String html, String text, String prose) {
    }

    /** HTML from elsewhere (an import), parsed as a body fragment, cleaned by the same rules as rendered Markdown. */
    public static Document sanitise(Document dirty) {
        return new Cleaner(SAFELIST).clean(dirty);
    }

    /** Parses a body fragment as {@link #sanitise} expects it (relative links kept). */
    public static Document parse(String html) {
        return Jsoup.parseBodyFragment(html, BASE_URI);
    }

    /** Parses and sanitises once; the text and the prose come from the same sanitised document. */
    public static Rendered render(String markdown) {
        Document dirty = Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown)), BASE_URI);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings(OUTPUT);
        String html = clean.body().html();
        String text = clean.text();
        clean.select("h1, h2, h3, h4, h5, h6, pre, table").remove();
        return new Rendered(html, text, clean.text());
    }
}
