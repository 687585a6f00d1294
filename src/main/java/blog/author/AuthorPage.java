package blog.author;

import blog.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of authors. */
@Schema(name = "AuthorPage", description = "A page of authors.")
public record AuthorPage(
        @Schema(description = "The authors of this page.")
        List<AuthorResponse> items,
        @Schema(description = "Paging state.")
        PageInfo page) {
}
