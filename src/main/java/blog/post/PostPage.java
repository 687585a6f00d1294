package blog.post;

import blog.paging.PageInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of a page of posts, as the document promises it; {@link PostListing} writes it as JSON. */
@Schema(name = "PostPage", description = "A page of posts.")
public record PostPage(
        @Schema(type = SchemaType.ARRAY, implementation = PostResponse.class,
                description = "The posts of this page, with the fields chosen by `fields` (default: all but markdown and html).")
        List<PostResponse> items,
        @Schema(description = "Paging state.")
        PageInfo page) {
}
