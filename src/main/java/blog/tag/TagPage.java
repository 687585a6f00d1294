package blog.tag;

import blog.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of tags. */
@Schema(name = "TagPage", description = "A page of tags.")
public record TagPage(
        @Schema(description = "The tags of this page.")
        List<TagResponse> items,
        @Schema(description = "Paging state.")
        PageInfo page) {
}
