package blog.post;

import blog.auth.Caller;
import blog.database.WriteRetry;
import blog.http.JsonBody;
import blog.idempotency.IdempotentCreates;
import blog.json.MergePatch;
import blog.openapi.ApiDocs;
import blog.paging.PageLinks;
import blog.paging.PageRequest;
import blog.paging.QueryParams;
import blog.paging.SortKey;
import blog.slug.Slugs;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Posts: published ones for everyone, all of them and every write for token holders. */
@Path("/api/v1/posts")
@Tag(name = "Posts", description = "Blog posts. Anonymous callers see published posts only.")
@Produces(MediaType.APPLICATION_JSON)
public class PostResource {

    private final PostService posts;
    private final PostListing listing;
    private final MergePatch mergePatch;
    private final IdempotentCreates idempotentCreates;
    private final Caller caller;
    private final RelatedPosts related;

    PostResource(PostService posts, PostListing listing, MergePatch mergePatch, Caller caller,
            IdempotentCreates idempotentCreates, RelatedPosts related) {
        this.related = related;
        this.posts = posts;
        this.listing = listing;
        this.mergePatch = mergePatch;
        this.caller = caller;
        this.idempotentCreates = idempotentCreates;
    }

    @GET
    @Operation(operationId = "listPosts", summary = "List posts",
            description = "Published posts, newest first. Page by `cursor` (keyset: as fast on page 5,000 as on page 1) or by `page` (adds total and totalPages; deep offsets are slower). The Link header has rel=next and rel=prev.")
    @APIResponse(responseCode = "200", description = "A page of posts.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostPage.class)))
    public RestResponse<JsonBody> list(
            @Parameter(description = ApiDocs.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.PAGE, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100000"))
            @QueryParam("page") String page,
            @Parameter(description = ApiDocs.CURSOR, schema = @Schema(type = SchemaType.STRING, pattern = ApiDocs.CURSOR_PATTERN))
            @QueryParam("cursor") String cursor,
            @Parameter(description = "Order; ties are broken by id. Default: relevance when q is given, else -publishedAt (drafts sort by createdAt).",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"-publishedAt", "publishedAt", "-updatedAt", "updatedAt", "title", "-title", "relevance"}))
            @QueryParam("sort") String sort,
            @Parameter(description = "Tag slugs, comma-separated: posts with any of them.", example = "java,quarkus", schema = @Schema(type = SchemaType.STRING, pattern = PostFilter.TAG_LIST_PATTERN))
            @QueryParam("tag") String tag,
            @Parameter(description = "Author slug: only posts by this author.", example = "ada-lovelace", schema = @Schema(type = SchemaType.STRING, pattern = Slugs.PATTERN, maxLength = PostFilter.MAX_AUTHOR_SLUG))
            @QueryParam("author") String author,
            @Parameter(description = "Only featured (true) or only not featured (false) posts.", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("featured") String featured,
            @Parameter(description = "Only posts published after this instant.", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("publishedAfter") String publishedAfter,
            @Parameter(description = "Only posts published before this instant.", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("publishedBefore") String publishedBefore,
            @Parameter(description = "Full-text search over title, excerpt and body (web search syntax: \"quoted phrases\", or, -exclude). Ranks the 1,000 most recent posts that match it and every other filter; title and excerpt matches rank first.", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = PostFilter.MAX_QUERY_LENGTH))
            @QueryParam("q") String q,
            @Parameter(description = "Statuses, comma-separated (draft, scheduled, published); anything but published needs a token. Default: published.", example = "draft,scheduled", schema = @Schema(type = SchemaType.STRING, pattern = PostFilter.STATUS_LIST_PATTERN))
            @QueryParam("status") String status,
            @Parameter(description = "Fields of each item, comma-separated, from those of a post (id, slug, title, markdown, html, excerpt, …). Default: all but markdown and html.", example = "id,slug,title,excerpt,publishedAt", schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]+(,[A-Za-z]+)*$"))
            @QueryParam("fields") String fields,
            @Context UriInfo uri) {
        PostFilter filter = PostFilter.parse(tag, author, featured, publishedAfter, publishedBefore, q, status,
                caller.canReadUnpublished());
        SortKey sortKey = PostSorts.of(sort, filter.searching());
        PageRequest pageRequest = PageRequest.parse(limit, page, cursor, sortKey.name());
        PostListing.Listed result = listing.list(filter, sortKey, pageRequest, PostFields.parse(fields));
        return RestResponse.ResponseBuilder.ok(result.body()).header("Link", PageLinks.header(uri, result.page())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPost", summary = "Get a post by id", description = "Drafts and posts scheduled for later are 404 without a token.")
    @APIResponse(responseCode = "200", description = "The post.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostResponse.class)))
    public JsonBody get(@Parameter(description = "Id of the post.") @PathParam("id") UUID id) {
        return posts.get(id);
    }

    @GET
    @Path("/slug/{slug}")
    @Operation(operationId = "getPostBySlug", summary = "Get a post by slug", description = "Drafts and posts scheduled for later are 404 without a token.")
    @APIResponse(responseCode = "200", description = "The post.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostResponse.class)))
    @APIResponse(responseCode = "301", description = ApiDocs.MOVED, headers = @Header(name = "Location", description = ApiDocs.MOVED_LOCATION, required = true, schema = @Schema(type = SchemaType.STRING)))
    public JsonBody getBySlug(@Parameter(description = "Slug of the post.", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200)) @PathParam("slug") String slug) {
        return posts.getBySlug(slug);
    }

    @GET
    @Path("/{id}/related")
    @Operation(operationId = "listRelatedPosts", summary = "List posts related to a post",
            description = "Published posts that share the most tags with this one; among those sharing as many, the ones whose title and excerpt "
                    + "are most like its title (full-text rank), then the newest. Looks at the " + RelatedPosts.LATEST_PER_TAG + " latest posts of each of its tags "
                    + "and ranks the " + RelatedPosts.POOL + " sharing the most (the newest of equals). A post without tags has none. "
                    + "Items are list items (no markdown or html).")
    @APIResponse(responseCode = "200", description = "The related posts, best first.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelatedPostList.class)))
    public JsonBody related(@Parameter(description = "Id of the post.") @PathParam("id") UUID id,
            @Parameter(description = "How many, 1–20.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "20", defaultValue = "5"))
            @QueryParam("limit") String limit) {
        return related.of(id, limit == null ? 5 : QueryParams.integer("limit", limit, 1, 20), caller.canReadUnpublished());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "createPost", summary = "Create a post", description = "Tags that do not exist yet are created. The slug is generated from the title unless given.")
    @APIResponse(responseCode = "201", description = "Created; Location points to the new post.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostResponse.class)))
    public RestResponse<JsonBody> create(
            @Parameter(description = ApiDocs.IDEMPOTENCY_KEY) @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull PostRequest request) {
        return WriteRetry.run(() -> idempotentCreates.create(idempotencyKey, request, () -> posts.create(request)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "replacePost", summary = "Replace a post",
            description = "Replaces the writable fields; absent ones take their defaults, except slug, status and publishedAt, which keep their current values.")
    @APIResponse(responseCode = "200", description = "The updated post.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostResponse.class)))
    public JsonBody replace(@Parameter(description = "Id of the post.") @PathParam("id") UUID id,
                                @Parameter(description = ApiDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                @Valid @NotNull PostRequest request) {
        return WriteRetry.run(() -> posts.replace(id, request, ifMatch));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "updatePost", summary = "Update a post with a JSON Merge Patch", description = "RFC 7396: members present replace, null removes (resets to the default).")
    @APIResponse(responseCode = "200", description = "The updated post.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostResponse.class)))
    public JsonBody patch(@Parameter(description = "Id of the post.") @PathParam("id") UUID id,
                              @Parameter(description = ApiDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                              @RequestBody(description = "A JSON Merge Patch: the fields to change, null to reset one.", required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = PostRequest.class))) JsonNode patch) {
        return WriteRetry.run(() -> posts.patch(id, current -> mergePatch.apply(current, patch, PostRequest.class), ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @SecurityRequirement(name = ApiDocs.BEARER)
    @Operation(operationId = "deletePost", summary = "Delete a post", description = "The post is gone for readers at once.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@Parameter(description = "Id of the post.") @PathParam("id") UUID id,
                       @Parameter(description = ApiDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        WriteRetry.run(() -> posts.delete(id, ifMatch));
    }
}
