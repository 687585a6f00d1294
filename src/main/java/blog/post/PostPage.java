package blog.post;

import blog.common.PageInfo;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of posts; each item holds the fields asked for. */
@Schema(name = "PostPage", description = "A page of posts.")
public record PostPage(
        @Schema(type = SchemaType.ARRAY, implementation = PostResponse.class,
                description = "The posts of this page, with the fields chosen by `fields` (default: all but markdown and html).")
        List<ObjectNode> items,
        @Schema(description = "Paging state.")
        PageInfo page) {
}
