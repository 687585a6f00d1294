package blog.openapi;

import blog.cdn.SurrogateKeyHeaders;
import blog.idempotency.IdempotentCreates;
import blog.logging.RequestIds;
import blog.replicas.ReadRouting;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Declares the HTTP headers that the shared filters read and write: ETag, Cache-Control,
 * Last-Modified, Link, Location, Consistency-Token, X-Request-Id and (on public reads) Surrogate-Key and
 * Cache-Tag on answers; If-None-Match, If-Match, Idempotency-Key and Consistency-Token on requests; and the
 * optional token of public reads.
 */
final class HeaderDeclarations {

    private static final String ETAG_PATTERN = "^(W/)?\"[^\"]*\"$";
    /** What If-Match and If-None-Match take (RFC 9110): "*" or a comma-separated list of entity tags. */
    private static final String ETAG_LIST_PATTERN = "^(\\*|(W/)?\"[^\"]*\"( *, *(W/)?\"[^\"]*\")*)$";
    private static final String WAL_POSITION_PATTERN = "^[0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8}$";
    private static final String REQUEST_ID_PATTERN = "^[A-Za-z0-9._:-]{1,128}$";
    private static final Set<String> WRITE_SUCCESSES = Set.of("200", "201", "202", "204");

    private HeaderDeclarations() {
    }

    static void declare(OpenAPI openAPI) {
        declareComponents(openAPI.getComponents());
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> declare(path, method, operation)));
    }

    static Header ref(String name) {
        return OASFactory.createHeader().ref(name);
    }

    private static void declareComponents(Components components) {
        components.addHeader("ETag", header("Entity tag of the representation: send it back in If-None-Match (to get a 304) "
                + "or If-Match (to change only that version).", string().pattern(ETAG_PATTERN)));
        components.addHeader("Last-Modified", header("When the representation last changed, as an HTTP date.", string()));
        components.addHeader("Cache-Control", header("public, max-age=N, stale-while-revalidate=N, stale-if-error=N (and s-maxage=N when "
                + "configured) for anonymous reads (no-store for the changes feed); private, no-store otherwise.", string()));
        components.addHeader(SurrogateKeyHeaders.SURROGATE_KEY, header("What this public response depends on, as space-separated keys a CDN "
                + "purges by (Fastly, Varnish): blog on every one; post-<id>, tag-<id> or author-<id> on a single resource, with the tags "
                + "and authors a post shows; lists and the family (posts-list, tags-list, authors-list, feeds, sitemaps, redirects) on "
                + "everything else, and lists on a tag or author too (its postCount). A webhook event names the keys its change purges "
                + "(data.surrogateKeys). Absent on private answers.", string()));
        components.addHeader(SurrogateKeyHeaders.CACHE_TAG, header("The Surrogate-Key keys, comma separated (Cloudflare cache tags).", string()));
        components.addHeader("Link", header("RFC 8288 links to the next and previous pages (rel=\"next\", rel=\"prev\"), "
                + "when there are any.", string()));
        components.addHeader("Location", header("URL of the created resource.", string()));
        components.addHeader("Retry-After", header("Seconds to wait before retrying.",
                OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO)));
        components.addHeader(ReadRouting.HEADER, header("Where this write is in the database's log. Send it back in the "
                + "Consistency-Token header of the reads that must see the write: they are answered from a read replica that "
                + "has it, or from the primary.", string().pattern(WAL_POSITION_PATTERN)));
        components.addHeader("WWW-Authenticate", header("The authentication scheme to use: Bearer.", string()));
        components.addHeader(RequestIds.HEADER, header("This request's id, on every answer (also in a problem's requestId): "
                + "quote it when you report an error, it finds the request's log lines.", string().pattern(REQUEST_ID_PATTERN)));
    }

    private static void declare(String path, PathItem.HttpMethod method, Operation operation) {
        if (STREAMED.contains(operation.getOperationId())) {
            operation.getResponses().getAPIResponses().values().forEach(response -> response.addHeader(RequestIds.HEADER, ref(RequestIds.HEADER)));
            return;
        }
        boolean read = method == PathItem.HttpMethod.GET;
        boolean publicRead = read && (operation.getSecurity() == null || operation.getSecurity().isEmpty())
                && !NEVER_PUBLIC.contains(operation.getOperationId());
        if (read) {
            declareConditionalRead(operation);
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            response.addHeader(RequestIds.HEADER, ref(RequestIds.HEADER));
            if (publicRead && (status.equals("200") || status.equals("301") || status.equals("304"))) {
                response.addHeader(SurrogateKeyHeaders.SURROGATE_KEY, ref(SurrogateKeyHeaders.SURROGATE_KEY))
                        .addHeader(SurrogateKeyHeaders.CACHE_TAG, ref(SurrogateKeyHeaders.CACHE_TAG));
            }
            if (status.equals("200") || status.equals("201")) {
                response.addHeader("ETag", ref("ETag")).addHeader("Cache-Control", ref("Cache-Control"))
                        .addHeader("Last-Modified", ref("Last-Modified"));
            }
            if (status.equals("200") && read && hasParameter(operation, "cursor")) {
                response.addHeader("Link", ref("Link"));
            }
            if (status.equals("201")) {
                response.addHeader("Location", ref("Location"));
            }
            if (!read && WRITE_SUCCESSES.contains(status)) {
                response.addHeader(ReadRouting.HEADER, ref(ReadRouting.HEADER));
            }
        });
        constrain(operation, "If-Match", string().pattern(ETAG_LIST_PATTERN));
        constrain(operation, IdempotentCreates.HEADER, string().pattern(IdempotentCreates.KEY_PATTERN));
    }

    /** Reads open to anyone whose answers are never public (no-store, private): they carry no surrogate keys. */
    private static final Set<String> NEVER_PUBLIC = Set.of("listChanges", "getPreview");

    /** Answers written as they are read (the export): no ETag, so no validators and no 304. */
    private static final Set<String> STREAMED = Set.of("exportBlog");

    /** A GET takes If-None-Match and may answer 304; a public one also takes an optional token (which shows more). */
    private static void declareConditionalRead(Operation operation) {
        operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                .description(ApiDocs.IF_NONE_MATCH).schema(string().pattern(ETAG_LIST_PATTERN)));
        operation.addParameter(OASFactory.createParameter().name(ReadRouting.HEADER).in(Parameter.In.HEADER)
                .description("The Consistency-Token of a write this read must see (read your writes): the answer comes from "
                        + "a read replica that has replayed it, or from the primary. Without it an anonymous read may come from a "
                        + "replica up to blog.db.read-max-lag behind. Reads with a token always come from the primary.")
                .schema(string().pattern(WAL_POSITION_PATTERN)));
        operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not modified: the If-None-Match ETag is current.")
                .addHeader("ETag", ref("ETag")).addHeader("Cache-Control", ref("Cache-Control")));
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(ApiDocs.BEARER)));
        }
    }

    private static void constrain(Operation operation, String name, Schema schema) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(parameter -> parameter.getName().equals(name))
                    .forEach(parameter -> parameter.setSchema(schema));
        }
    }

    private static boolean hasParameter(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> p.getName().equals(name));
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }
}
