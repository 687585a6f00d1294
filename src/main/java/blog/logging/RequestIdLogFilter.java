package blog.logging;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Adds the request id to the MDC of each log line written while a request is served
 * (quarkus.log.*.filter=request-id), on the event loop or a worker thread.
 */
@LoggingFilter(name = "request-id")
public final class RequestIdLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord line && line.getMdc(RequestIds.KEY) == null) {
            String id = RequestIds.current();
            if (id != null) {
                line.putMdc(RequestIds.KEY, id);
            }
        }
        return true;
    }
}
