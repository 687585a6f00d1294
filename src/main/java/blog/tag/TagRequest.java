package blog.tag;

import blog.slug.Slugs;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields of a tag. */
@Schema(name = "TagRequest", description = "The writable fields of a tag. Read-only fields of a GET response (id, postCount, createdAt, updatedAt) are accepted and ignored.")
@JsonIgnoreProperties(value = {"id", "postCount", "createdAt", "updatedAt"})
public record TagRequest(
        @Schema(description = "Display name, unique ignoring case, 1–100 characters after trimming.", example = "Getting started")
        @NotBlank @Size(max = 100)
        String name,
        @Schema(description = "URL slug; generated from the name when absent. An explicit slug that is taken is a 409. On PUT, absent keeps the current slug.", pattern = Slugs.PATTERN, maxLength = 120, example = "getting-started")
        @Size(max = 120) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters and digits separated by single hyphens")
        String slug,
        @Schema(nullable = true, description = "What the tag is about; absent or null: none.", maxLength = 2000, example = "First steps with the blog.")
        @Size(max = 2000)
        String description) {

    public TagRequest {
        name = name == null ? null : name.strip();
    }
}
