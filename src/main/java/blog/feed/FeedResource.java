package blog.feed;

import blog.config.BlogConfig;
import blog.http.Document;
import blog.problem.Problem;
import blog.problem.ProblemResponses;
import blog.site.SiteUrls;
import blog.slug.Slugs;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The latest published posts as RSS 2.0, Atom 1.0 and JSON Feed 1.1: of the blog, a tag or an author. */
@Path("/api/v1/feeds")
@Tag(name = "Feeds", description = "The latest published posts for feed readers, in RSS 2.0, Atom 1.0 and JSON Feed 1.1. "
        + "Pages announce them with <link rel=\"alternate\" type=\"application/rss+xml\" href=\"…/api/v1/feeds/rss\"> (autodiscovery).")
public class FeedResource {

    static final String RSS = "application/rss+xml";
    static final String ATOM = "application/atom+xml";
    static final String JSON_FEED = "application/feed+json";
    private static final String SCOPE = " Of the whole blog, or of one tag (`tag`) or one author (`author`); newest first. "
            + "Items link to the site's pages (a post's canonicalUrl wins) and carry the whole post or its excerpt (a setting), "
            + "its tags as categories and its authors. Item ids are urn:uuid:<post id>, which never change.";
    private static final String NOT_FOUND = "No tag or author with this slug.";
    private static final String TAG = "Slug of a tag: only its posts. Not combinable with author.";
    private static final String AUTHOR = "Slug of an author: only their posts. Not combinable with tag.";

    private final FeedReader reader;
    private final SiteUrls site;
    private final BlogConfig config;
    private final ObjectMapper objectMapper;

    FeedResource(FeedReader reader, SiteUrls site, BlogConfig config, ObjectMapper objectMapper) {
        this.reader = reader;
        this.site = site;
        this.config = config;
        this.objectMapper = objectMapper;
    }

    @GET
    @Path("/rss")
    @Produces(RSS)
    @Operation(operationId = "getRssFeed", summary = "RSS 2.0 feed of the latest posts", description = "RSS 2.0 with content:encoded, dc:creator and atom:link rel=self." + SCOPE)
    @APIResponse(responseCode = "200", description = "The feed.", content = @Content(mediaType = RSS, schema = @Schema(type = SchemaType.STRING, description = "An RSS 2.0 document.")))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Document rss(@Parameter(description = TAG, schema = @Schema(type = SchemaType.STRING, pattern = Slugs.PATTERN, maxLength = 120)) @QueryParam("tag") String tag,
                        @Parameter(description = AUTHOR, schema = @Schema(type = SchemaType.STRING, pattern = Slugs.PATTERN, maxLength = 120)) @QueryParam("author") String author) {
        return feed("/rss", RSS + "; charset=utf-8", tag, author, document -> RomeFeeds.write(RomeFeeds.RSS, document));
    }

    @GET
    @Path("/atom")
    @Produces(ATOM)
    @Operation(operationId = "getAtomFeed", summary = "Atom 1.0 feed of the latest posts", description = "Atom 1.0 (RFC 4287)." + SCOPE)
    @APIResponse(responseCode = "200", description = "The feed.", content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING, description = "An Atom 1.0 document.")))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Document atom(@Parameter(description = TAG, schema = @Schema(type = SchemaType.STRING, pattern = Slugs.PATTERN, maxLength = 120)) @QueryParam("tag") String tag,
                         @Parameter(description = AUTHOR, schema = @Schema(type = SchemaType.STRING, pattern = Slugs.PATTERN, maxLength = 120)) @QueryParam("author") String author) {
        return feed("/atom", ATOM + "; charset=utf-8", tag, author, document -> RomeFeeds.write(RomeFeeds.ATOM, document));
    }

    @GET
    @Path("/json")
    @Produces(JSON_FEED)
    @Operation(operationId = "getJsonFeed", summary = "JSON Feed 1.1 of the latest posts", description = "JSON Feed 1.1 (https://jsonfeed.org/version/1.1)." + SCOPE)
    @APIResponse(responseCode = "200", description = "The feed.", content = @Content(mediaType = JSON_FEED, schema = @Schema(type = SchemaType.OBJECT, description = "A JSON Feed 1.1 document.")))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Document json(@Parameter(description = TAG, schema = @Schema(type = SchemaType.STRING, pattern = Slugs.PATTERN, maxLength = 120)) @QueryParam("tag") String tag,
                         @Parameter(description = AUTHOR, schema = @Schema(type = SchemaType.STRING, pattern = Slugs.PATTERN, maxLength = 120)) @QueryParam("author") String author) {
        return feed("/json", JSON_FEED, tag, author, document -> JsonFeeds.write(objectMapper, document));
    }

    private Document feed(String path, String mediaType, String tag, String author, Function<FeedDocument, byte[]> writer) {
        FeedReader.Feed feed = reader.read("/api/v1/feeds" + path, tag, author);
        FeedScope scope = feed.scope();
        Instant lastModified = feed.items().stream().map(FeedDocument::modified)
                .reduce(scope.updatedAt() == null ? Instant.EPOCH : scope.updatedAt(), (a, b) -> a.isAfter(b) ? a : b);
        BlogConfig.Site settings = config.site();
        String description = scope.description() == null || scope.description().isBlank() ? scope.title() : scope.description();
        // Atom's feed id must never change: the tag's or author's id, not a slug or a host that may.
        String id = scope.id() == null ? site.home() : "urn:uuid:" + scope.id();
        FeedDocument document = new FeedDocument(id, scope.title(), description, scope.page(), site.api("/api/v1/feeds" + path + scope.query()),
                mediaType.split(";")[0], settings.language(), settings.title(), site.home(), lastModified,
                config.feeds().content() == BlogConfig.Feeds.FeedContent.full, feed.items());
        return new Document(writer.apply(document), MediaType.valueOf(mediaType), lastModified);
    }
}
