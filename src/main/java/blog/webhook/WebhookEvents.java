package blog.webhook;

import blog.changes.ChangeType;
import blog.problem.ApiException;
import java.util.List;

/** The events a webhook may ask for: every change type of the changes feed. */
final class WebhookEvents {

    static final String PATTERN = "^(post|tag|author)\\.(published|updated|unpublished|deleted|created)$";

    private WebhookEvents() {
    }

    static String[] validated(List<String> events) {
        List<String> known = ChangeType.eventNames();
        for (int i = 0; i < events.size(); i++) {
            if (!known.contains(events.get(i))) {
                throw ApiException.invalid("events[" + i + "]", "must be one of " + String.join(", ", known));
            }
        }
        return events.stream().distinct().toArray(String[]::new);
    }
}
