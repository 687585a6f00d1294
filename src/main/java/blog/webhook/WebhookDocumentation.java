package blog.webhook;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Describes, in the document's top-level webhooks (OpenAPI 3.1), the request this API sends to a
 * webhook: its body (WebhookEvent), its signature and event headers, and what the answers mean.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class WebhookDocumentation implements OASFilter {

    static final String SIGNATURE_SCHEME = "webhookSignature";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSecurityScheme(SIGNATURE_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(Signatures.HEADER)
                .description("How a receiver knows a request comes from this API: Blog-Signature carries an HMAC-SHA256 "
                        + "keyed with the webhook's secret (see the changeEvent webhook). Never sent by clients of the API."));
        openAPI.addWebhook("changeEvent", OASFactory.createPathItem().POST(OASFactory.createOperation()
                .operationId("receiveChangeEvent")
                .summary("An event POSTed to a webhook's URL")
                .description(WebhookResource.DELIVERIES)
                .addTag("Webhooks")
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SIGNATURE_SCHEME))
                .addParameter(header(Signatures.HEADER, "`t=<unix seconds>,v1=<hex HMAC-SHA256>`: the HMAC of `<t>.<raw body>` keyed "
                        + "with the webhook's secret (the whole whsec_… string, as UTF-8).", "^t=[0-9]+,v1=[0-9a-f]{64}$"))
                .addParameter(header("Blog-Event-Id", "The event's id, as in the body.", null))
                .addParameter(header("Blog-Event-Type", "The event's type, as in the body.", null))
                .requestBody(OASFactory.createRequestBody().required(true).description("The event.")
                        .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("WebhookEvent")))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("2XX", OASFactory.createAPIResponse().description("Received: the delivery succeeded."))
                        .addAPIResponse("410", OASFactory.createAPIResponse().description("Gone: the webhook is disabled at once."))
                        .addAPIResponse("default", OASFactory.createAPIResponse()
                                .description("Any other answer, a timeout or a connection error: retried with backoff for about a day.")))));
    }

    private static Parameter header(String name, String description, String pattern) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        if (pattern != null) {
            schema.pattern(pattern);
        }
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(true).description(description).schema(schema);
    }
}
