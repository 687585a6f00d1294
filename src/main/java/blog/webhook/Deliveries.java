package blog.webhook;

import blog.cdn.SurrogateKeys;
import blog.database.UuidV7;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The deliveries table: events fanned out to the webhooks that want them, claimed by one server at
 * a time (FOR UPDATE SKIP LOCKED, with a lease that a dead server's claims outlive), and their
 * outcome. Every method runs in the caller's transaction.
 */
@ApplicationScoped
class Deliveries {

    /**
     * One delivery a server has claimed, with what it needs to send it. Its claim is the attempt
     * number: an outcome recorded after another server took the delivery over changes nothing.
     */
    record Claimed(UUID id, UUID webhookId, UUID eventId, String eventType, String body, int attempts, Instant firstTried,
            String url, String secret, boolean active, Instant leaseEnds) {
    }

    private static final String FAN_OUT = """
            with hooks as (
                select id, events, active, fanned_out_seq from webhooks for update skip locked
            ), batch as (
                select h.id as webhook_id, h.events, h.active, c.*
                  from hooks h cross join lateral (
                       select * from changes c where c.seq > h.fanned_out_seq order by c.seq limit 500) c
            ), inserted as (
                insert into webhook_deliveries (id, webhook_id, event_id, event_type, body, status, next_attempt_at, created_at, updated_at)
                select gen_random_uuid(), b.webhook_id, b.id, b.type,
                       json_build_object('id', b.id, 'type', b.type, 'occurredAt', api_time(b.occurred_at),
                           'data', json_build_object('resource', b.resource, 'id', b.resource_id, 'slug', b.slug,
                               'change', case when b.visible then 'upsert' else 'delete' end,
                               'updatedAt', api_time(b.updated_at), 'surrogateKeys', %s))::text,
                       'pending', now(), now(), now()
                  from batch b where b.active and b.type = any(b.events)
                    on conflict (webhook_id, event_id) do nothing
            )
            update webhooks w set fanned_out_seq = done.seq
              from (select webhook_id, max(seq) as seq from batch group by webhook_id) done
             where w.id = done.webhook_id""".formatted(SurrogateKeys.purgedBySql("b.resource", "b.resource_id"));
    private static final String CLAIM = """
            update webhook_deliveries d
               set claimed_until = now() + cast(:lease as interval), attempts = d.attempts + 1, updated_at = now()
              from webhooks w
             where d.id in (select id from webhook_deliveries
                             where status = 'pending' and next_attempt_at <= now() and (claimed_until is null or claimed_until < now())
                             order by next_attempt_at limit :max for update skip locked)
               and w.id = d.webhook_id
            returning d.id, d.webhook_id, d.event_id, d.event_type, d.body, d.attempts, d.created_at, w.url, w.secret, w.active""";
    private static final String COLUMNS = "id, event_id, event_type, status, attempts, last_status, last_error, last_response,"
            + " next_attempt_at, created_at, updated_at";

    private final EntityManager entityManager;

    Deliveries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Turns the changes every webhook has not heard of yet into deliveries for those that want them. */
    int fanOut() {
        return entityManager.createNativeQuery(FAN_OUT).executeUpdate();
    }

    List<Claimed> claim(int max, Duration lease) {
        @SuppressWarnings("unchecked")
        Instant leaseEnds = Instant.now().plus(lease);
        List<Object[]> rows = entityManager.createNativeQuery(CLAIM)
                .setParameter("lease", lease.toMillis() + " milliseconds").setParameter("max", max).getResultList();
        return rows.stream().map(row -> new Claimed((UUID) row[0], (UUID) row[1], (UUID) row[2], (String) row[3], (String) row[4],
                ((Number) row[5]).intValue(), instant(row[6]), (String) row[7], (String) row[8], (Boolean) row[9], leaseEnds))
                .toList();
    }

    /** Each outcome is recorded unless the claim was lost (another server took the delivery over); whether it was. */
    boolean delivered(Claimed delivery, int status, String response) {
        return outcome(delivery, "delivered", status, null, response, null);
    }

    boolean retryAt(Claimed delivery, Integer status, String error, String response, Instant next) {
        return outcome(delivery, "pending", status, error, response, next);
    }

    /** The delivery will not be sent: its webhook was disabled meanwhile. */
    boolean dropped(Claimed delivery, String why) {
        return outcome(delivery, "failed", null, why, null, null);
    }

    /** The delivery failed for good; its webhook is disabled with the reason, so a dead receiver is not called forever. */
    boolean giveUp(Claimed delivery, Integer status, String error, String response, String reason) {
        if (!outcome(delivery, "failed", status, error, response, null)) {
            return false;
        }
        entityManager.createNativeQuery("update webhooks set active = false, disabled_reason = :reason where id = :id")
                .setParameter("reason", reason).setParameter("id", delivery.webhookId()).executeUpdate();
        return true;
    }

    /** Records the attempt's outcome, unless the claim was lost (another server took the delivery over); whether it did. */
    private boolean outcome(Claimed delivery, String state, Integer status, String error, String response, Instant next) {
        return entityManager.createNativeQuery("""
                update webhook_deliveries set status = :state, last_status = :status, last_error = :error, last_response = :response,
                       next_attempt_at = :next, claimed_until = null, updated_at = now()
                 where id = :id and attempts = :attempts""")
                .setParameter("state", state).setParameter("status", status).setParameter("error", error)
                .setParameter("response", response).setParameter("next", next).setParameter("id", delivery.id())
                .setParameter("attempts", delivery.attempts()).executeUpdate() == 1;
    }

    List<DeliveryResponse> recent(UUID webhookId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select " + COLUMNS + " from webhook_deliveries where webhook_id = :id"
                + " order by created_at desc, id desc limit :limit").setParameter("id", webhookId).setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(Deliveries::response).toList();
    }

    /** Sends a delivery again (its retry period starts anew); none if it is not this webhook's. */
    Optional<DeliveryResponse> redeliver(UUID webhookId, UUID deliveryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                update webhook_deliveries set status = 'pending', next_attempt_at = now(), claimed_until = null,
                       created_at = now(), updated_at = now()
                 where id = :id and webhook_id = :webhook
                returning""" + " " + COLUMNS).setParameter("id", deliveryId).setParameter("webhook", webhookId).getResultList();
        return rows.stream().findFirst().map(Deliveries::response);
    }

    /** A ping event, sent like any other, to try a receiver; its body written as fan-out writes an event's. */
    DeliveryResponse ping(UUID webhookId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                insert into webhook_deliveries (id, webhook_id, event_id, event_type, body, status, next_attempt_at, created_at, updated_at)
                values (:id, :webhook, :event, 'ping',
                        json_build_object('id', :event, 'type', 'ping', 'occurredAt', api_time(now()),
                            'data', json_build_object('webhookId', :webhook))::text,
                        'pending', now(), now(), now())
                returning""" + " " + COLUMNS).setParameter("id", UuidV7.next()).setParameter("webhook", webhookId)
                .setParameter("event", UuidV7.next()).getResultList();
        return response(rows.get(0));
    }

    private static DeliveryResponse response(Object[] row) {
        return new DeliveryResponse((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3], ((Number) row[4]).intValue(),
                row[5] == null ? null : ((Number) row[5]).intValue(), (String) row[6], (String) row[7], instant(row[8]),
                instant(row[9]), instant(row[10]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Instant instant ? instant : value instanceof OffsetDateTime offset ? offset.toInstant()
                : ((java.sql.Timestamp) value).toInstant();
    }
}
