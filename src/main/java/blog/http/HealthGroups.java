package blog.http;

import blog.problem.ProblemResponses;
import blog.problem.ProblemType;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;

/**
 * This API defines no health groups. SmallRye Health makes a registry for every group name asked
 * for and fails with a 500 past 100 of them, so /q/health/group/... answers 404 here instead.
 */
public class HealthGroups {

    private static final String GROUPS = "/q/health/group";

    void install(@Observes Router router, ProblemResponses problems) {
        router.route().order(-8).handler(context -> {
            String path = RoutePaths.collapsed(context.normalizedPath());
            if (!path.startsWith(GROUPS) || path.length() > GROUPS.length() && path.charAt(GROUPS.length()) != '/') {
                context.next();
                return;
            }
            ProblemType type = ProblemType.NOT_FOUND;
            Buffer body = problems.body(context, type, type.status, "This API defines no health groups; "
                    + "see /q/health/ready and /q/health/live.", path);
            context.response().setStatusCode(type.status).putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end(body);
        });
    }
}
