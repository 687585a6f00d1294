package blog.webhook;

import blog.json.Urls;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields of a webhook. */
@Schema(name = "WebhookRequest", description = "Where to send which events.")
public record WebhookRequest(
        @Schema(required = true, description = "Absolute http(s) URL the events are POSTed to. Addresses on loopback, link-local or private networks are refused (unless the server allows them for development).", maxLength = 2048, example = "https://hooks.example.com/blog")
        @NotNull @Size(max = 2048) @Pattern(regexp = Urls.HTTP_URL, message = Urls.HTTP_URL_MESSAGE)
        String url,
        @Schema(required = true, description = "The events to send, at least one.", minItems = 1, maxItems = 10, example = "[\"post.published\", \"post.updated\"]")
        @NotEmpty @Size(max = 10)
        List<@NotNull @Pattern(regexp = WebhookEvents.PATTERN, message = "must be an event such as post.published") String> events,
        @Schema(nullable = true, description = "Whether events are sent; absent or null: true. Setting it true again re-enables a webhook the server disabled.")
        Boolean active,
        @Schema(nullable = true, description = "What the webhook is for; absent or null: none.", maxLength = 500)
        @Size(max = 500)
        String description) {
}
