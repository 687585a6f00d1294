package blog.common;

import java.sql.SQLException;

/** Classifies database failures by SQLSTATE, looking through wrapping exceptions. */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /** Connection failures (class 08), shutdowns (57P0x), timeouts and an exhausted pool. */
    public static boolean isUnavailable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("57014"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                    return true;
                }
            }
            if (cause instanceof jakarta.persistence.QueryTimeoutException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        return false;
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
