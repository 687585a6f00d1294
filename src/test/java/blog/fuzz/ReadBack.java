package blog.fuzz;

import blog.fuzz.Exchange.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** After an accepted write of a text field: the field must read back (GET by id) as it was sent, trimmed. */
final class ReadBack {

    private ReadBack() {
    }

    static void check(Probe probe, Operation operation, Exchange written, BodyCase bodyCase) {
        JsonNode body = Probe.body(written);
        if (body == null || bodyCase.field() == null || !(bodyCase.value() instanceof String sent) || sent.isBlank()) {
            return;
        }
        JsonNode stored = read(probe, operation.resource(), body.path("id").asText(), bodyCase.label()).path(bodyCase.field());
        if (!stored.isTextual() || !stored.asText().strip().equals(sent.strip())) {
            probe.notStoredAsSent(written, "'" + bodyCase.field() + "' was accepted as " + Json.write(sent, true)
                    + " but reads back as " + (stored.isTextual() ? Json.write(stored.asText(), true) : stored));
        }
    }

    /** The resource as GET /{resource}/{id} returns it to the admin token (a missing node when that fails). */
    static JsonNode read(Probe probe, String resource, String id, String label) {
        Operation get = probe.operation("GET /api/v1/" + resource + "/{id}");
        Exchange read = probe.send(Request.of(get, "read back after " + label, get.target(id))
                .header("Authorization", Probe.ADMIN), Expectation.status(200));
        JsonNode body = Probe.body(read);
        return body == null ? MissingNode.getInstance() : body;
    }
}
