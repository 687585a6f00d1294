package blog.webhook;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/** Says in words, for an admin reading deliveries, why an attempt got no answer. */
final class AttemptFailures {

    private AttemptFailures() {
    }

    static String describe(Throwable failure, Duration timeout) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
                return "no answer within " + text(timeout);
            }
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return "host not found";
            }
            if (cause instanceof SSLException) {
                return "TLS handshake failed";
            }
        }
        return "connection failed";
    }

    /** 5s, 24h, 1h30m. */
    static String text(Duration duration) {
        return duration.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
