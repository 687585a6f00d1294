package blog.http;

import java.util.regex.Pattern;

/** Request paths as route handlers compare them: runs of slashes as one, without a regular expression for the usual path. */
public final class RoutePaths {

    private static final Pattern SLASHES = Pattern.compile("/{2,}");

    private RoutePaths() {
    }

    public static String collapsed(String path) {
        return path.contains("//") ? SLASHES.matcher(path).replaceAll("/") : path;
    }
}
