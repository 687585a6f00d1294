package blog.webhook;

import static blog.database.StoredTime.now;

import blog.auth.Caller;
import blog.auth.Role;
import blog.config.BlogConfig;
import blog.database.UuidV7;
import blog.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Webhooks and their deliveries, managed by admins. */
@ApplicationScoped
public class WebhookService {

    private final EntityManager entityManager;
    private final Caller caller;
    private final Deliveries deliveries;
    private final boolean allowPrivateTargets;

    WebhookService(EntityManager entityManager, Caller caller, Deliveries deliveries, BlogConfig config) {
        this.entityManager = entityManager;
        this.caller = caller;
        this.deliveries = deliveries;
        this.allowPrivateTargets = config.webhooks().allowPrivateTargets();
    }

    @Transactional
    public List<WebhookResponse> list() {
        caller.require(Role.admin, "manage webhooks");
        return Webhook.<Webhook>list("order by createdAt").stream().map(webhook -> WebhookResponse.from(webhook, false)).toList();
    }

    @Transactional
    public WebhookResponse get(UUID id) {
        caller.require(Role.admin, "manage webhooks");
        return WebhookResponse.from(find(id), false);
    }

    /** Hears of the changes that commit after it; the answer shows the secret, once. */
    @Transactional
    public WebhookResponse create(WebhookRequest request) {
        caller.require(Role.admin, "manage webhooks");
        Webhook webhook = new Webhook();
        webhook.id = UuidV7.next();
        webhook.secret = Signatures.newSecret();
        webhook.createdAt = now();
        webhook.fannedOutSeq = ((Number) entityManager.createNativeQuery("select last_seq from change_counter").getSingleResult())
                .longValue();
        apply(webhook, request);
        webhook.persist();
        return WebhookResponse.from(webhook, true);
    }

    @Transactional
    public WebhookResponse patch(UUID id, UnaryOperator<WebhookRequest> merge) {
        caller.require(Role.admin, "manage webhooks");
        Webhook webhook = find(id);
        apply(webhook, merge.apply(new WebhookRequest(webhook.url, List.of(webhook.events), webhook.active, webhook.description)));
        return WebhookResponse.from(webhook, false);
    }

    @Transactional
    public void delete(UUID id) {
        caller.require(Role.admin, "manage webhooks");
        find(id).delete();
    }

    @Transactional
    public WebhookResponse rotateSecret(UUID id) {
        caller.require(Role.admin, "manage webhooks");
        Webhook webhook = find(id);
        webhook.secret = Signatures.newSecret();
        webhook.updatedAt = now();
        return WebhookResponse.from(webhook, true);
    }

    @Transactional
    public List<DeliveryResponse> deliveries(UUID id, int limit) {
        caller.require(Role.admin, "manage webhooks");
        return deliveries.recent(find(id).id, limit);
    }

    @Transactional
    public DeliveryResponse redeliver(UUID id, UUID deliveryId) {
        caller.require(Role.admin, "manage webhooks");
        return deliveries.redeliver(active(id).id, deliveryId)
                .orElseThrow(() -> ApiException.notFound("The delivery " + deliveryId + " of the webhook " + id));
    }

    @Transactional
    public DeliveryResponse ping(UUID id) {
        caller.require(Role.admin, "manage webhooks");
        return deliveries.ping(active(id).id);
    }

    private void apply(Webhook webhook, WebhookRequest request) {
        String refusal = TargetGuard.refusal(request.url(), allowPrivateTargets);
        if (refusal != null) {
            throw ApiException.invalid("url", refusal);
        }
        boolean active = !Boolean.FALSE.equals(request.active());
        if (active) {
            webhook.disabledReason = null;
        }
        webhook.url = request.url();
        webhook.events = WebhookEvents.validated(request.events());
        webhook.active = active;
        webhook.description = request.description() == null || request.description().isBlank() ? null : request.description().strip();
        webhook.updatedAt = now();
    }

    private Webhook active(UUID id) {
        Webhook webhook = find(id);
        if (!webhook.active) {
            throw ApiException.conflict("The webhook is not active; set active to true first.");
        }
        return webhook;
    }

    private Webhook find(UUID id) {
        return Webhook.<Webhook>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("The webhook " + id));
    }

}
