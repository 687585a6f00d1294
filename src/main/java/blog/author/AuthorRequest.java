package blog.author;

import blog.json.Urls;
import blog.slug.Slugs;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields of an author. */
@Schema(name = "AuthorRequest", description = "The writable fields of an author. Read-only fields of a GET response are accepted and ignored.")
@JsonIgnoreProperties(value = {"id", "postCount", "createdAt", "updatedAt"})
public record AuthorRequest(
        @Schema(description = "Display name, 1–100 characters after trimming.", example = "Ada Lovelace")
        @NotBlank @Size(max = 100)
        String name,
        @Schema(description = "URL slug; generated from the name when absent. An explicit slug that is taken is a 409.", pattern = Slugs.PATTERN, maxLength = 120, example = "ada-lovelace")
        @Size(max = 120) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters and digits separated by single hyphens")
        String slug,
        @Schema(nullable = true, description = "Private e-mail address, shown to editors and admins only; absent or null: none.", maxLength = 254, format = "email", example = "ada@example.com")
        @Size(max = 254) @Email
        String email,
        @Schema(nullable = true, description = "A short biography; absent or null: none.", maxLength = 2000)
        @Size(max = 2000)
        String bio,
        @Schema(nullable = true, description = "Absolute http(s) URL of a portrait; absent or null: none.", maxLength = 2048, example = "https://images.example/ada.jpg")
        @Size(max = 2048) @Pattern(regexp = Urls.HTTP_URL, message = Urls.HTTP_URL_MESSAGE)
        String avatarUrl,
        @Schema(nullable = true, description = "Absolute http(s) URL of the author's site; absent or null: none.", maxLength = 2048, example = "https://ada.example")
        @Size(max = 2048) @Pattern(regexp = Urls.HTTP_URL, message = Urls.HTTP_URL_MESSAGE)
        String website) {

    public AuthorRequest {
        name = name == null ? null : name.strip();
    }
}
