package blog.database;

import java.sql.SQLException;

/** Classifies database failures by SQLSTATE, looking through wrapping exceptions. */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /**
     * Connection failures (class 08), shutdowns (57P0x), timeouts and an exhausted pool, found in
     * the causes or the suppressed exceptions (a failed COMMIT hides its reason among the latter).
     */
    public static boolean isUnavailable(Throwable exception) {
        return isUnavailable(exception, 0);
    }

    private static boolean isUnavailable(Throwable exception, int depth) {
        if (exception == null || depth > 8) {
            return false;
        }
        if (isUnavailableHere(exception)) {
            return true;
        }
        for (Throwable suppressed : exception.getSuppressed()) {
            if (isUnavailable(suppressed, depth + 1)) {
                return true;
            }
        }
        return exception.getCause() != exception && isUnavailable(exception.getCause(), depth + 1);
    }

    private static boolean isUnavailableHere(Throwable cause) {
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("57014"))) {
                return true;
            }
            if (sql.getMessage() != null && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return cause instanceof jakarta.persistence.QueryTimeoutException
                || cause instanceof org.hibernate.exception.JDBCConnectionException;
    }

    /** A deadlock (40P01) or a serialization failure (40001): PostgreSQL aborted the transaction, and a new one may succeed. */
    public static boolean isTransient(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (abortedToBeRetried(cause) || java.util.Arrays.stream(cause.getSuppressed()).anyMatch(DatabaseErrors::abortedToBeRetried)) {
                return true;
            }
        }
        return false;
    }

    private static boolean abortedToBeRetried(Throwable cause) {
        return cause instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()));
    }

    public static boolean isUniqueViolation(Throwable exception) {
        return constraintName(exception) != null;
    }

    /** The name of the unique constraint a write violated, or null. */
    public static String constraintName(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return violation.getConstraintName() == null ? "" : violation.getConstraintName();
            }
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return "";
            }
        }
        return null;
    }

    public static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
