package blog.imports;

import blog.post.Markdown;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Entities;

/**
 * HTML from the two editor formats Ghost stores when a post has no HTML in the export: Lexical
 * (Ghost 5–6) and mobiledoc (Ghost 1–4). Text nodes, formats, links, headings, lists, quotes,
 * code and the common cards (image, markdown, html, code) are kept; unknown nodes keep their text.
 */
final class GhostBodies {

    private static final int BOLD = 1;
    private static final int ITALIC = 2;
    private static final int STRIKETHROUGH = 4;
    private static final int UNDERLINE = 8;
    private static final int CODE = 16;
    private static final int MAX_DEPTH = 64;

    private final ObjectMapper mapper;

    GhostBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String lexicalToHtml(String lexical) throws JsonProcessingException {
        StringBuilder html = new StringBuilder();
        lexicalChildren(mapper.readTree(lexical).path("root"), html, 0);
        return html.toString();
    }

    private void lexicalChildren(JsonNode node, StringBuilder html, int depth) {
        for (JsonNode child : node.path("children")) {
            lexicalNode(child, html, depth + 1);
        }
    }

    private void lexicalNode(JsonNode node, StringBuilder html, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("The Lexical body is nested deeper than " + MAX_DEPTH + " levels.");
        }
        switch (node.path("type").asText()) {
            case "text", "extended-text" -> html.append(formatted(escape(node.path("text").asText()), node.path("format").asInt()));
            case "linebreak" -> html.append("<br>");
            case "paragraph" -> wrap("p", node, html, depth);
            case "heading", "extended-heading" -> wrap(tagOr(node.path("tag").asText(), "h2"), node, html, depth);
            case "quote", "aside" -> wrap("blockquote", node, html, depth);
            case "list" -> wrap("number".equals(node.path("listType").asText()) ? "ol" : "ul", node, html, depth);
            case "listitem" -> wrap("li", node, html, depth);
            case "link", "autolink" -> {
                html.append("<a href=\"").append(escape(node.path("url").asText())).append("\">");
                lexicalChildren(node, html, depth);
                html.append("</a>");
            }
            case "code" -> {
                html.append("<pre><code>");
                lexicalChildren(node, html, depth);
                html.append("</code></pre>");
            }
            case "codeblock" -> code(node.path("code").asText(), node.path("language").asText(), html);
            case "horizontalrule" -> html.append("<hr>");
            case "image" -> image(node.path("src").asText(), node.path("alt").asText(), node.path("caption").asText(), html);
            case "markdown" -> html.append(Markdown.render(node.path("markdown").asText()).html());
            case "html" -> html.append(node.path("html").asText());
            default -> lexicalChildren(node, html, depth);
        }
    }

    private void wrap(String tag, JsonNode node, StringBuilder html, int depth) {
        html.append('<').append(tag).append('>');
        lexicalChildren(node, html, depth);
        html.append("</").append(tag).append(">\n");
    }

    String mobiledocToHtml(String mobiledoc) throws JsonProcessingException {
        JsonNode doc = mapper.readTree(mobiledoc);
        StringBuilder html = new StringBuilder();
        for (JsonNode section : doc.path("sections")) {
            switch (section.path(0).asInt()) {
                case 1 -> {
                    String tag = tagOr(section.path(1).asText(), "p");
                    html.append('<').append(tag).append('>');
                    markers(section.path(2), doc, html);
                    html.append("</").append(tag).append(">\n");
                }
                case 3 -> {
                    String tag = "ol".equalsIgnoreCase(section.path(1).asText()) ? "ol" : "ul";
                    html.append('<').append(tag).append('>');
                    for (JsonNode item : section.path(2)) {
                        html.append("<li>");
                        markers(item, doc, html);
                        html.append("</li>");
                    }
                    html.append("</").append(tag).append(">\n");
                }
                case 2 -> image(section.path(1).asText(), "", "", html);
                case 10 -> card(doc.path("cards").path(section.path(1).asInt()), html);
                default -> {
                }
            }
        }
        return html.toString();
    }

    /** Markers: [0, opened markups, how many close after, text] or [1, …, atom index]. */
    private static void markers(JsonNode markers, JsonNode doc, StringBuilder html) {
        Deque<String> open = new ArrayDeque<>();
        for (JsonNode marker : markers) {
            for (JsonNode opened : marker.path(1)) {
                JsonNode markup = doc.path("markups").path(opened.asInt());
                String tag = markupTag(markup.path(0).asText());
                html.append('<').append(tag);
                if (tag.equals("a")) {
                    JsonNode attributes = markup.path(1);
                    for (int i = 0; i + 1 < attributes.size(); i += 2) {
                        if (attributes.path(i).asText().equals("href")) {
                            html.append(" href=\"").append(escape(attributes.path(i + 1).asText())).append('"');
                        }
                    }
                }
                html.append('>');
                open.push(tag);
            }
            String text = marker.path(0).asInt() == 1
                    ? doc.path("atoms").path(marker.path(3).asInt()).path(1).asText()
                    : marker.path(3).asText();
            html.append(escape(text));
            for (int closed = marker.path(2).asInt(); closed > 0 && !open.isEmpty(); closed--) {
                html.append("</").append(open.pop()).append('>');
            }
        }
        while (!open.isEmpty()) {
            html.append("</").append(open.pop()).append('>');
        }
    }

    private static void card(JsonNode card, StringBuilder html) {
        JsonNode payload = card.path(1);
        switch (card.path(0).asText()) {
            case "markdown", "card-markdown" -> html.append(Markdown.render(payload.path("markdown").asText()).html());
            case "html" -> html.append(payload.path("html").asText());
            case "code" -> code(payload.path("code").asText(), payload.path("language").asText(), html);
            case "image" -> image(payload.path("src").asText(), payload.path("alt").asText(), payload.path("caption").asText(), html);
            case "hr" -> html.append("<hr>");
            default -> {
            }
        }
    }

    private static void code(String code, String language, StringBuilder html) {
        html.append("<pre><code");
        if (!language.isBlank()) {
            html.append(" class=\"language-").append(escape(language)).append('"');
        }
        html.append('>').append(escape(code)).append("</code></pre>\n");
    }

    private static void image(String src, String alt, String caption, StringBuilder html) {
        if (src.isBlank()) {
            return;
        }
        html.append("<p><img src=\"").append(escape(src)).append("\" alt=\"").append(escape(alt)).append("\"></p>\n");
        if (!caption.isBlank()) {
            html.append("<p>").append(caption).append("</p>\n");
        }
    }

    private static String formatted(String text, int format) {
        String html = text;
        if ((format & CODE) != 0) {
            html = "<code>" + html + "</code>";
        }
        if ((format & BOLD) != 0) {
            html = "<strong>" + html + "</strong>";
        }
        if ((format & ITALIC) != 0) {
            html = "<em>" + html + "</em>";
        }
        if ((format & STRIKETHROUGH) != 0) {
            html = "<s>" + html + "</s>";
        }
        if ((format & UNDERLINE) != 0) {
            html = "<u>" + html + "</u>";
        }
        return html;
    }

    private static String markupTag(String tag) {
        return switch (tag.toLowerCase()) {
            case "a", "strong", "em", "b", "i", "code", "s", "u", "sup", "sub" -> tag.toLowerCase();
            default -> "span";
        };
    }

    private static String tagOr(String tag, String fallback) {
        return switch (tag.toLowerCase()) {
            case "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote" -> tag.toLowerCase();
            case "aside" -> "blockquote";
            default -> fallback;
        };
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
