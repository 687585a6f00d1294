package blog.imports;

import blog.post.Markdown;
import com.vladsch.flexmark.html2md.converter.ExtensionConversion;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Turns a post body from WordPress or Ghost into Markdown: the HTML is first sanitised by the
 * rules the API renders Markdown with (so scripts, frames, styles and javascript: links are gone,
 * and Gutenberg's block comments with them), then converted by flexmark. Headings, lists, links,
 * images, code blocks, quotes and tables become Markdown; other allowed markup (sup, sub, u, …)
 * stays as inline HTML.
 */
final class HtmlToMarkdown {

    private static final Pattern PARAGRAPH_TAG = Pattern.compile("<p[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern STARTS_WITH_BLOCK = Pattern.compile("^<(div|h[1-6]|ul|ol|pre|blockquote|table|figure|hr)[\\s/>]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_LINES = Pattern.compile("\\r?\\n\\s*\\n");
    private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter.builder(new MutableDataSet()
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            .set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, true)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
            .set(FlexmarkHtmlConverter.LIST_CONTENT_INDENT, false)
            .set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false)
            // CommonMark has no syntax for these: they stay HTML rather than become ^sup^ or ++ins++.
            .set(FlexmarkHtmlConverter.EXT_INLINE_SUP, ExtensionConversion.HTML)
            .set(FlexmarkHtmlConverter.EXT_INLINE_SUB, ExtensionConversion.HTML)
            .set(FlexmarkHtmlConverter.EXT_INLINE_INS, ExtensionConversion.HTML)
            .toImmutable()).build();

    private HtmlToMarkdown() {
    }

    static String convert(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dom = Markdown.parse(isClassic(html) ? paragraphs(html) : html);
        // A figure's caption is a paragraph of its own under the image (the sanitiser drops figure markup).
        dom.select("figcaption").tagName("p");
        dom.select("figure").tagName("div");
        return CONVERTER.convert(Markdown.sanitise(dom)).strip();
    }

    /** A classic-editor WordPress body: paragraphs separated by blank lines, not marked with &lt;p&gt;. */
    private static boolean isClassic(String html) {
        return !html.contains("<!-- wp:") && !PARAGRAPH_TAG.matcher(html).find();
    }

    /** What WordPress's wpautop does for display: blank lines end paragraphs, single newlines are breaks. */
    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : BLANK_LINES.split(text.strip())) {
            String block = paragraph.strip();
            if (STARTS_WITH_BLOCK.matcher(block).find()) {
                html.append(block).append('\n');
            } else if (!block.isEmpty()) {
                html.append("<p>").append(block.replace("\n", "<br>\n")).append("</p>\n");
            }
        }
        return html.toString();
    }
}
