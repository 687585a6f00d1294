package blog.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Word counts: one pass over the text, counting exactly what the regular-expression version counted. */
class TextStatsTest {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern UNSPACED = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}]");
    private static final String[] PIECES = {"word", " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u3000", "\u00A0", "漢字",
        "ひらがな", "カタカナ", "ภาษาไทย", "é", "😀", "-", "a b", "\u2028"};

    @Test
    void shouldCountWordsAsTheRegularExpressionsDid() {
        Random random = new Random(12);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertThat(TextStats.wordCount(text.toString())).as("%s", text).isEqualTo(byRegularExpressions(text.toString()));
        }
    }

    @Test
    void shouldCountEachCharacterOfScriptsWithoutSpaces() {
        assertThat(TextStats.wordCount("Hello world")).isEqualTo(2);
        assertThat(TextStats.wordCount("こんにちは世界 and more")).isEqualTo(9);
        assertThat(TextStats.wordCount("   ")).isZero();
    }

    private static int byRegularExpressions(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return 0;
        }
        long unspaced = UNSPACED.matcher(stripped).results().count();
        String spaced = UNSPACED.matcher(stripped).replaceAll(" ").strip();
        return (spaced.isEmpty() ? 0 : WHITESPACE.split(spaced).length) + (int) unspaced;
    }
}
