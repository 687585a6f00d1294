package blog.post;

import java.util.regex.Pattern;

/** Word counts, reading time and excerpts of plain text. */
public final class TextStats {

    public static final int WORDS_PER_MINUTE = 265;
    public static final int EXCERPT_WORDS = 50;
    public static final int EXCERPT_MAX_CHARACTERS = 400;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Scripts written without spaces between words: each character counts as a word. */
    private static final Pattern UNSPACED_CHARACTER = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}]");

    private TextStats() {
    }

    public static int readingTimeMinutes(String text) {
        int words = wordCount(text);
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    public static int wordCount(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return 0;
        }
        long unspaced = UNSPACED_CHARACTER.matcher(stripped).results().count();
        String spaced = UNSPACED_CHARACTER.matcher(stripped).replaceAll(" ").strip();
        int spacedWords = spaced.isEmpty() ? 0 : WHITESPACE.split(spaced).length;
        return spacedWords + (int) unspaced;
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
