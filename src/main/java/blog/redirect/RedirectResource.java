package blog.redirect;

import blog.site.SiteUrls;
import blog.replicas.ReadConnections;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The site's redirect map, from the slugs published posts, tags and authors had before. */
@Path("/api/v1/redirects")
@Tag(name = "Redirects", description = "Old slugs keep working: GET …/slug/{old} answers 301 to the current one, and this map gives a front end the same rules for its own paths.")
@Produces(MediaType.APPLICATION_JSON)
public class RedirectResource {

    /**
     * Old slugs, and the paths imported posts had on their old site. Posts only while public: a redirect never shows that a draft exists or what it was called.
     * An old slug that a public resource holds now is its page, not a redirect.
     */
    private static final String REDIRECTS = """
            select 'post', h.old_slug, p.slug, p.id, p.published_at, false from post_slug_redirects h join posts p on p.id = h.target_id
            where p.status <> 'draft' and p.listed_at <= now()
              and not exists (select 1 from posts q where q.slug = h.old_slug and q.status <> 'draft' and q.listed_at <= now())
            union all select 'post', i.path, p.slug, p.id, p.published_at, true from imported_paths i join posts p on p.id = i.post_id
            where p.status <> 'draft' and p.listed_at <= now()
            union all select 'tag', h.old_slug, t.slug, t.id, null, false from tag_slug_redirects h join tags t on t.id = h.target_id
              where not exists (select 1 from tags q where q.slug = h.old_slug)
            union all select 'author', h.old_slug, a.slug, a.id, null, false from author_slug_redirects h join authors a on a.id = h.target_id
              where not exists (select 1 from authors q where q.slug = h.old_slug)
            order by 1, 2""";

    private final ReadConnections reads;
    private final SiteUrls site;

    RedirectResource(ReadConnections reads, SiteUrls site) {
        this.reads = reads;
        this.site = site;
    }

    @GET
    @Operation(operationId = "getRedirectMap", summary = "Get the site's redirect map",
            description = "Every old path of a published post, a tag or an author, and its current path, built with the site's URL patterns. "
                    + "Chains (a → b → c) lead straight to the last path. A slug taken again by new content stops redirecting.")
    @APIResponse(responseCode = "200", description = "The map.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RedirectMap.class)))
    public RedirectMap map() {
        try {
            return new RedirectMap(reads.read(this::redirects));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the redirect map failed", e);
        }
    }

    private List<RedirectMap.Redirect> redirects(Connection connection) throws SQLException {
        List<RedirectMap.Redirect> redirects = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(REDIRECTS); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                String type = row.getString(1);
                // An imported post's path on its old site (WordPress: /?p=123, /2024/05/31/slug/) is a path already.
                String from = row.getBoolean(6) ? row.getString(2)
                        : path(type, row.getString(2), row.getObject(4, UUID.class), row.getObject(5, OffsetDateTime.class));
                String to = path(type, row.getString(3), row.getObject(4, UUID.class), row.getObject(5, OffsetDateTime.class));
                if (!from.equals(to)) {
                    redirects.add(new RedirectMap.Redirect(type, from, to, 301));
                }
            }
        }
        return redirects;
    }

    private String path(String type, String slug, UUID id, OffsetDateTime publishedAt) {
        return SiteUrls.pathOf(switch (type) {
            case "post" -> site.postPage(id.toString(), slug, publishedAt.toInstant());
            case "tag" -> site.tag(slug);
            default -> site.author(slug);
        });
    }
}
