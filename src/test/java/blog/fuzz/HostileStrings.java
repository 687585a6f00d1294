package blog.fuzz;

import blog.fuzz.Samples.Gen;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text that has broken other servers: injections, NUL, lone surrogates, emoji, RTL and combining marks. */
final class HostileStrings {

    private static final Pattern ESCAPE = Pattern.compile("\\\\(u[0-9a-fA-F]{4}|n|r|t|\\\\)");
    static final List<String> CORPUS = load("fuzz/hostile-strings.txt");
    /** Boundary chars, drawn more often than their share of the BMP: NUL, space, DEL, lone surrogates, U+FFFF. */
    private static final List<Character> EDGE_CHARS = List.of('\u0000', ' ', '\u007f', '\ud800', '\udbff', '\udc00',
            '\udfff', '\uffff');

    private HostileStrings() {
    }

    /** A corpus string, random Unicode (lone surrogates included), or both glued together. */
    static Gen<String> any() {
        Gen<String> corpus = Samples.oneOf(CORPUS);
        Gen<String> random = Samples.stringOf(anyChar(), 1, 30);
        return rnd -> switch (rnd.nextInt(9)) {
            case 0, 1, 2, 3, 4 -> corpus.next(rnd);
            case 5, 6 -> random.next(rnd);
            default -> corpus.next(rnd) + random.next(rnd) + corpus.next(rnd);
        };
    }

    /** Any UTF-16 char (surrogates included, so a string of them may hold lone ones), boundary chars more often. */
    static Gen<Character> anyChar() {
        Gen<Character> edge = Samples.oneOf(EDGE_CHARS);
        return rnd -> rnd.nextInt(10) == 0 ? edge.next(rnd) : (char) rnd.nextInt(Character.MAX_VALUE + 1);
    }

    /** Whether a string has a surrogate without its pair: no valid UTF-8 can carry it. */
    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Percent-encoded UTF-8; a lone surrogate becomes its (invalid) three-byte form, percent-encoded. */
    static String percentEncoded(String text) {
        if (!HostileStrings.hasLoneSurrogate(text)) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : Json.utf8(text)) {
            encoded.append(String.format("%%%02X", b & 0xff));
        }
        return encoded.toString();
    }

    private static List<String> load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(HostileStrings::unescape)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String line) {
        Matcher matcher = ESCAPE.matcher(line);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String escape = matcher.group(1);
            String replacement = switch (escape) {
                case "n" -> "\n";
                case "r" -> "\r";
                case "t" -> "\t";
                case "\\" -> "\\";
                default -> String.valueOf((char) Integer.parseInt(escape.substring(1), 16));
            };
            matcher.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(text).toString();
    }
}
