package blog.http;

import blog.problem.ApiException;
import blog.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a request body within blog.http.max-body-size (413 above it, also for chunked bodies that
 * declare no length) and accepts only well-formed UTF-8, so that overlong or broken byte
 * sequences are a 400 instead of being decoded leniently. A body taken as an InputStream is left to
 * its reader.
 */
@Provider
public class BodySizeInterceptor implements ReaderInterceptor {

    private final long maxBytes;

    BodySizeInterceptor(@ConfigProperty(name = "blog.http.max-body-size") MemorySize limit) {
        this.maxBytes = limit.asLongValue();
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getType() == InputStream.class) {
            return context.proceed();   // a streamed body (an import file), bounded by whoever reads it
        }
        byte[] body = readWithinLimit(context.getInputStream());
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "The request body is not well-formed UTF-8.");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private byte[] readWithinLimit(InputStream in) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is larger than the limit of " + maxBytes + " bytes.");
        }
        return body;
    }
}
