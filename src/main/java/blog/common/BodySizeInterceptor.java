package blog.common;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Counts the bytes of bodies sent without Content-Length (chunked) and stops at the limit with a 413. */
@Provider
public class BodySizeInterceptor implements ReaderInterceptor {

    private final long maxBytes;

    BodySizeInterceptor(@ConfigProperty(name = "blog.http.max-body-size") MemorySize limit) {
        this.maxBytes = limit.asLongValue();
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Limited(context.getInputStream(), maxBytes));
        return context.proceed();
    }

    private static final class Limited extends FilterInputStream {
        private final long maxBytes;
        private long read;

        Limited(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is larger than the limit of " + maxBytes + " bytes.");
            }
        }
    }
}
