package blog.post;

import java.util.regex.Pattern;

/** Word counts, reading time and excerpts of plain text. */
public final class TextStats {

    public static final int WORDS_PER_MINUTE = 265;
    public static final int EXCERPT_WORDS = 50;
    public static final int EXCERPT_MAX_CHARACTERS = 400;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Thai starts at U+0E00, and Han, Hiragana and Katakana after it: nothing below is looked up. */
    private static final int FIRST_UNSPACED = 0x0E00;

    private TextStats() {
    }

    public static int readingTimeMinutes(String text) {
        int words = wordCount(text);
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    /**
     * Words separated by ASCII whitespace, where each character of a script written without
     * spaces (Han, Hiragana, Katakana, Thai) is a word of its own and separates the others.
     * One pass over the text, without regular expressions: this runs on every body written.
     */
    public static int wordCount(String text) {
        String stripped = text.strip();
        int words = 0;
        StringBuilder spaced = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); ) {
            int codePoint = stripped.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isUnspaced(codePoint)) {
                words++;
                spaced.append(' ');
            } else {
                spaced.appendCodePoint(codePoint);
            }
        }
        return words + tokens(spaced.toString().strip());
    }

    private static boolean isUnspaced(int codePoint) {
        if (codePoint < FIRST_UNSPACED) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    /** The words of a stripped text, between runs of [ \t\n\x0B\f\r] (what Pattern "\\s" matches). */
    private static int tokens(String text) {
        int tokens = 0;
        boolean inToken = false;
        for (int i = 0; i < text.length(); i++) {
            boolean separator = isAsciiWhitespace(text.charAt(i));
            if (!separator && !inToken) {
                tokens++;
            }
            inToken = !separator;
        }
        return tokens;
    }

    private static boolean isAsciiWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The first {@value #EXCERPT_WORDS} words, with an ellipsis when the text is longer. */
    public static String excerpt(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return "";
        }
        String[] words = WHITESPACE.split(stripped, EXCERPT_WORDS + 1);
        boolean cut = words.length > EXCERPT_WORDS;
        String excerpt = String.join(" ", cut ? java.util.Arrays.copyOf(words, EXCERPT_WORDS) : words);
        if (excerpt.length() > EXCERPT_MAX_CHARACTERS) {
            excerpt = excerpt.codePoints().limit(EXCERPT_MAX_CHARACTERS)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            cut = true;
        }
        return cut ? excerpt + "…" : excerpt;
    }
}
