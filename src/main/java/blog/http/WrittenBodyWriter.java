package blog.http;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Sends a body written once, a {@link JsonBody} or a {@link Document}, as its bytes are: the
 * response's media type was set with it ({@link HttpCaching}).
 */
@Provider
@Produces(MediaType.WILDCARD)
public class WrittenBodyWriter implements ServerMessageBodyWriter<Object> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return isWritten(type);
    }

    @Override
    public void writeResponse(Object body, Type genericType, ServerRequestContext context) {
        context.serverResponse().end(HttpCaching.sentBytes(body));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isWritten(type);
    }

    @Override
    public void writeTo(Object body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream entityStream) throws java.io.IOException {
        entityStream.write(HttpCaching.sentBytes(body));
    }

    private static boolean isWritten(Class<?> type) {
        return JsonBody.class.equals(type) || Document.class.equals(type);
    }
}
