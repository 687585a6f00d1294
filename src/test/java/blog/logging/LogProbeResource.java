package blog.logging;

import io.quarkus.logging.Log;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A test-only blocking endpoint that writes one log line on its worker thread, to find the request id in it. */
@Path("/test/log-probe")
public class LogProbeResource {

    @GET
    @Operation(hidden = true)
    public String logOnWorkerThread(@QueryParam("marker") String marker) {
        Log.infof("Log probe %s on %s", marker, Thread.currentThread().getName());
        return Thread.currentThread().getName();
    }
}
