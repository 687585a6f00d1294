package blog.preview;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The preview links of a post that still work, newest first. */
@Schema(name = "PreviewList", description = "The preview links of a post that have not expired, newest first, without their tokens.")
public record PreviewList(@Schema(required = true) List<PreviewResponse> items) {
}
