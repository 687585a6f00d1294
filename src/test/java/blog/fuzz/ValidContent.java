package blog.fuzz;

import blog.fuzz.Samples.Gen;
import java.time.Instant;
import java.util.List;

/**
 * Valid content that is hard to store faithfully: emoji (with ZWJ sequences and flags),
 * right-to-left scripts, combining marks, typographic quotes, astral letters, injection look-alikes,
 * and Markdown with code blocks, tables and raw HTML.
 */
final class ValidContent {

    private static final List<String> WORDS = List.of("Hello", "café", "naïve", "Straße", "😀", "👩‍💻", "🇫🇷", "🏳️‍🌈",
            "שלום", "مرحبا", "e\u0301te\u0301", "Z\u0351\u0364a\u0337", "“quoted”", "‘single’", "«guillemets»", "„low“",
            "日本語", "한국어", "𝕳𝖊𝖑𝖑𝖔", "ǅemal", "x²", "½", "—", "…", "&amp;", "<b>bold?</b>", "'; drop table posts; --",
            "<script>alert(1)</script>", "{{7*7}}", "\u00a0nbsp\u00a0", "zero\u200bwidth", "İstanbul", "ﬁne");
    private static final List<String> EDGE_SPACE = List.of("", " ", "  ", "\t", "\n ", " \t\n");
    private static final List<String> BLOCKS = List.of(
            "# Heading with “quotes” and 😀",
            "Plain *emphasis*, **strong**, `inline code`, ~~struck~~ and a [link](https://example.com/x?a=1&b=2).",
            "```java\nString s = \"“quoted” ‘single’\";\nif (a < b && c > d) { return '\\u0000'; }\n```",
            "```\n<script>alert(1)</script>\n```",
            "- item\n- ☕ item\n  - nested שלום",
            "| a | b |\n|---|---|\n| 1 | 😀 |\n| « » | e\u0301 |",
            "> A quote — with an em dash… and ellipsis",
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<iframe src=\"https://evil.example\"></iframe>",
            "[click](javascript:alert(1)) and <a href=\"javascript:alert(2)\" onclick=\"x()\">raw</a>",
            "Autolink https://example.com and www.example.org, math 2 * 3 * 4, 1. not a list");

    private ValidContent() {
    }

    /** A title of words, wrapped in whitespace the server must trim. */
    static Gen<String> title() {
        Gen<String> space = Samples.oneOf(EDGE_SPACE);
        Gen<String> words = words(1, 8);
        return random -> space.next(random) + words.next(random) + space.next(random);
    }

    static Gen<String> words(int min, int max) {
        return Samples.listOf(Samples.oneOf(WORDS), min, max).map(list -> String.join(" ", list));
    }

    static Gen<String> markdown() {
        return Samples.listOf(Samples.oneOf(BLOCKS), 1, 6).map(list -> String.join("\n\n", list));
    }

    /** A new tag's name: words and a unique token, with a space so that it is never an existing tag's slug. */
    static Gen<String> newTagName() {
        Gen<String> space = Samples.oneOf(EDGE_SPACE);
        Gen<String> words = words(1, 3);
        return random -> {
            String before = space.next(random);
            String name = words.next(random);
            String after = space.next(random);
            return before + name + " " + Fixtures.unique("t") + after;
        };
    }

    /** Status and publishedAt: absent, draft, published now, published in the past, scheduled in the future. */
    static Gen<Object[]> publication() {
        Gen<Instant> past = Samples.longBetween(1_500_000_000L, 1_750_000_000L).map(Instant::ofEpochSecond);
        Gen<Instant> future = Samples.longBetween(1_950_000_000L, 2_500_000_000L).map(Instant::ofEpochSecond);
        return Samples.anyOf(random -> new Object[] {null, null}, random -> new Object[] {"draft", null},
                random -> new Object[] {"published", null},
                past.map(at -> new Object[] {"published", at.toString()}),
                future.map(at -> new Object[] {"scheduled", at.toString()}));
    }
}
