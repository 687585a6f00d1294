package blog.logging;

import java.util.regex.Pattern;

/**
 * Request paths as logs may show them: a preview link's path is its secret, and a path segment
 * shaped like a secret (an API token, a preview token, a webhook secret pasted by mistake) is
 * replaced too. Query strings are never logged, so they are dropped here as well.
 */
public final class LoggedPaths {

    private static final Pattern PREVIEW_TOKEN = Pattern.compile("(/api/v1/previews/)[^/?]+");
    private static final Pattern SECRET_SEGMENT = Pattern.compile("(?<=/)(blog_|prv_|whsec_)[^/?]*");

    private LoggedPaths() {
    }

    public static String redact(String path) {
        if (path == null) {
            return null;
        }
        int query = path.indexOf('?');
        String withoutQuery = query < 0 ? path : path.substring(0, query);
        String previews = PREVIEW_TOKEN.matcher(withoutQuery).replaceAll("$1{token}");
        return SECRET_SEGMENT.matcher(previews).replaceAll("{secret}");
    }
}
