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

/** Sends a {@link Document}'s bytes as they are, under its own media type. */
@Provider
@Produces(MediaType.WILDCARD)
public class DocumentWriter implements ServerMessageBodyWriter<Document> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return Document.class.equals(type);
    }

    @Override
    public void writeResponse(Document body, Type genericType, ServerRequestContext context) {
        context.serverResponse().end(body.bytes());
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Document.class.equals(type);
    }

    @Override
    public void writeTo(Document body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream entityStream) throws java.io.IOException {
        entityStream.write(body.bytes());
    }
}
