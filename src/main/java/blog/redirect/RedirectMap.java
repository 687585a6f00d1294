package blog.redirect;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every old path of the site and where it leads now, for a front end's own redirect rules. */
@Schema(name = "RedirectMap", description = "Paths of the site that moved when a published post, a tag or an author changed slug, the old site's paths of imported posts, and where they lead now.")
public record RedirectMap(@Schema(required = true, description = "The redirects, by type and old path.") List<Redirect> items) {

    @Schema(name = "Redirect", description = "One old path and the current path of the same page, on the site (settings blog.site.*-path).")
    public record Redirect(
            @Schema(required = true, description = "What moved.", enumeration = {"post", "tag", "author"}) String type,
            @Schema(required = true, description = "The old path, as the site served it.", example = "/hello-wrold") String from,
            @Schema(required = true, description = "The page's path now; a chain of renames leads straight to the last one.", example = "/hello-world") String to,
            @Schema(required = true, description = "The status to answer: 301 (moved permanently).", example = "301") int status) {
    }
}
