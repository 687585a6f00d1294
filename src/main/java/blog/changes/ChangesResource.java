package blog.changes;

import blog.http.JsonBody;
import blog.openapi.ApiDocs;
import blog.paging.QueryParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The changes feed: what became public, changed or stopped being public, in commit order. */
@Path("/api/v1/changes")
@Tag(name = "Changes", description = "Every change to public content, in the order it committed, to follow without polling every list.")
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

    static final int MAX_LIMIT = 1000;
    static final int MAX_WAIT_SECONDS = 30;

    private final ChangeFeed feed;

    ChangesResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "List changes to public content",
            description = "Changes after `since`, oldest first, in commit order, with no gaps: a change never commits before one already listed. "
                    + "An upsert is a post, tag or author that became public or changed; a delete one that stopped being public "
                    + "(deleted, unpublished, back to draft). Drafts never appear. Resume from nextCursor; `wait` holds the request "
                    + "open until a change commits.")
    @APIResponse(responseCode = "200", description = "The next changes; never cached (Cache-Control: no-store).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    public RestResponse<JsonBody> list(
            @Parameter(description = "nextCursor of an earlier answer; absent: from the first change.", schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.CURSOR_PATTERN))
            @QueryParam("since") String since,
            @Parameter(description = "Changes per answer, 1–1000.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Seconds (0–30) to wait for a change when there is none yet (long polling). At most 64 requests wait at once on a server; beyond that the answer comes at once.", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "30", defaultValue = "0"))
            @QueryParam("wait") String wait) {
        int parsedLimit = limit == null ? 100 : QueryParams.integer("limit", limit, 1, MAX_LIMIT);
        int parsedWait = wait == null ? 0 : QueryParams.integer("wait", wait, 0, MAX_WAIT_SECONDS);
        return RestResponse.ResponseBuilder.ok(feed.read(since, parsedLimit, parsedWait))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
