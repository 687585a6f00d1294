package blog.fuzz;

import blog.fuzz.Exchange.Request;
import java.util.HashMap;
import java.util.Map;

/**
 * Valid requests for any operation, aimed at the fuzzer's own resources, so that a test can vary
 * one thing (a header, the id, a parameter) and know that everything else is right. A DELETE gets
 * a fresh resource each time, since the last one may be gone.
 */
final class Targets {

    private final Map<String, Fixtures.Created> shared = new HashMap<>();
    private String previewToken;

    Fixtures.Created resource(Operation operation) {
        if (operation.method().equals("DELETE")) {
            return Fixtures.of(operation.resource());
        }
        return shared.computeIfAbsent(operation.resource(), Fixtures::of);
    }

    /** The operation's path with a real id, slug or preview token in place (a sitemap file: the first). */
    String target(Operation operation) {
        if (operation.hasId()) {
            String id = resource(operation).id();
            if (operation.path().contains("{previewId}")) {
                return operation.path().replace("{id}", id).replace("{previewId}", Fixtures.preview(id));
            }
            return operation.path().contains("{deliveryId}")
                    ? operation.path().replace("{id}", id).replace("{deliveryId}", Fixtures.delivery(id))
                    : operation.target(id);
        }
        if (operation.hasSlug()) {
            return operation.target(resource(operation).slug());
        }
        if (operation.path().contains("{token}")) {
            if (previewToken == null) {
                previewToken = Fixtures.previewToken();
            }
            return operation.path().replace("{token}", previewToken);
        }
        if (operation.path().contains("{number}")) {
            shared.computeIfAbsent("sitemaps", kind -> Fixtures.postWithTagAndAuthor());
        }
        return operation.path().replace("{number}", "1");
    }

    /** A request that succeeds: admin token, real target, valid body in the declared media type. */
    Request valid(Operation operation, String label) {
        return withBody(operation, Request.of(operation, label, target(operation)).header("Authorization", Probe.ADMIN));
    }

    /** The same at another target (a bad id, a query string). */
    static Request validAt(Operation operation, String label, String target) {
        return withBody(operation, Request.of(operation, label, target).header("Authorization", Probe.ADMIN));
    }

    private static Request withBody(Operation operation, Request request) {
        return operation.hasBody()
                ? request.body(operation.bodyMediaType(), Json.escaped(FieldMutations.base(operation)))
                : request;
    }
}
