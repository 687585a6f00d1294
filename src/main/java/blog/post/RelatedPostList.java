package blog.post;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of the related posts of a post, as the document promises it; {@link RelatedPosts} writes it as JSON. */
@Schema(name = "RelatedPostList", description = "Posts related to a post, best first.")
public record RelatedPostList(
        @Schema(type = SchemaType.ARRAY, implementation = PostResponse.class, required = true,
                description = "The related posts, as list items: every field but markdown and html.")
        List<PostResponse> items) {
}
