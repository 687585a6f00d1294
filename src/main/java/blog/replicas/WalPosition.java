package blog.replicas;

/**
 * A position in PostgreSQL's write-ahead log (an LSN, written {@code 16/B374D848}) as a number that
 * orders: the form of the Consistency-Token header and of everything that compares replicas.
 */
public final class WalPosition {

    /** Any read position is good enough: no token was presented. */
    public static final long ANY = 0L;
    /** Where the primary serves reads: everything committed is there. */
    public static final long LATEST = Long.MAX_VALUE;

    private WalPosition() {
    }

    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("([0-9A-Fa-f]{1,8})/([0-9A-Fa-f]{1,8})");

    /** The position written as PostgreSQL writes it, or an IllegalArgumentException. */
    public static long parse(String text) {
        java.util.regex.Matcher parts = FORM.matcher(text);
        if (!parts.matches()) {
            throw new IllegalArgumentException("not a WAL position: " + text);
        }
        return Long.parseLong(parts.group(1), 16) << 32 | Long.parseLong(parts.group(2), 16);
    }

    public static String format(long position) {
        return Long.toHexString(position >>> 32).toUpperCase(java.util.Locale.ROOT) + "/"
                + Long.toHexString(position & 0xFFFF_FFFFL).toUpperCase(java.util.Locale.ROOT);
    }
}
