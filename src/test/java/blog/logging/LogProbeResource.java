package blog.logging;

import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoints that write log lines, on the request's worker thread or outside the request, to find its id there or not. */
@Path("/test/log-probe")
public class LogProbeResource {

    @GET
    @Operation(hidden = true)
    public String logOnWorkerThread(@QueryParam("marker") String marker) {
        Log.infof("Log probe %s on %s", marker, Thread.currentThread().getName());
        return Thread.currentThread().getName();
    }

    /** Logs from the connection's event loop, in its root context: work that belongs to no request. */
    @GET
    @Path("/outside")
    @Operation(hidden = true)
    public boolean logOutsideTheRequest(@QueryParam("marker") String marker) {
        ContextInternal requestContext = (ContextInternal) Vertx.currentContext();
        requestContext.unwrap().runOnContext(ignored ->
                Log.infof("Outside probe %s on %s", marker, Thread.currentThread().getName()));
        return requestContext.isDuplicate();
    }
}
