package blog.json;

/**
 * Text PostgreSQL can store exactly: no NUL characters (text columns reject them) and no unpaired
 * UTF-16 surrogates (they cannot be encoded in UTF-8 and would come back as '?').
 */
public final class SafeText {

    public static final String PROBLEM = "must not contain NUL characters or unpaired UTF-16 surrogates";

    private SafeText() {
    }

    public static boolean isSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
