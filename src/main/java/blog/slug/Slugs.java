package blog.slug;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Makes URL slugs: ASCII, lower-case, '-' separated, accents folded ("Café Naïve!" → "cafe-naive"). */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    /** Straight and typographic apostrophes between letters or digits: "it's" is "its", as in WordPress and Ghost. */
    private static final Pattern APOSTROPHES_IN_WORDS = Pattern.compile("(?<=[\\p{L}\\p{N}\\p{M}])['\u2018\u2019\u02BC](?=[\\p{L}\\p{N}])");
    /** Letters that do not decompose into a base letter and a mark. */
    private static final Map<String, String> LIGATURES = Map.ofEntries(
            Map.entry("ß", "ss"), Map.entry("æ", "ae"), Map.entry("œ", "oe"), Map.entry("ø", "o"),
            Map.entry("đ", "d"), Map.entry("ð", "d"), Map.entry("þ", "th"), Map.entry("ł", "l"),
            Map.entry("ı", "i"), Map.entry("&", " and "));

    private Slugs() {
    }

    /** The slug for a title or name; empty when it has no Latin letters or digits. */
    public static String of(String text, int maxLength) {
        String lower = APOSTROPHES_IN_WORDS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        for (Map.Entry<String, String> ligature : LIGATURES.entrySet()) {
            lower = lower.replace(ligature.getKey(), ligature.getValue());
        }
        String folded = COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
        String slug = trimDashes(SEPARATORS.matcher(folded).replaceAll("-"));
        if (slug.length() > maxLength) {
            slug = trimDashes(slug.substring(0, maxLength));
        }
        return slug;
    }

    /** The {@code n}th candidate for a base slug: base, base-2, base-3, … kept within maxLength. */
    public static String candidate(String base, int n, int maxLength) {
        if (n <= 1) {
            return base;
        }
        String suffix = "-" + n;
        String head = base.length() + suffix.length() > maxLength
                ? trimDashes(base.substring(0, maxLength - suffix.length()))
                : base;
        return head + suffix;
    }

    public static boolean isValid(String slug) {
        return slug != null && VALID.matcher(slug).matches();
    }

    private static String trimDashes(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
