package blog.logging;

import java.util.regex.Pattern;

/** Connection URLs as logs and start-up messages may show them: no user:password@, no password parameter. */
public final class LoggedUrls {

    private static final Pattern USER_INFO = Pattern.compile("(//)[^/?#@]*@");
    private static final Pattern PASSWORD = Pattern.compile("(?i)([?&;][a-z]*password=)[^&;]*");

    private LoggedUrls() {
    }

    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        return PASSWORD.matcher(USER_INFO.matcher(url).replaceAll("$1***@")).replaceAll("$1***");
    }
}
