package blog.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A receiver of change events, as stored; its secret signs what it is sent. An update writes only
 * the columns it changed, so an admin's edit never undoes what the delivery worker wrote meanwhile
 * (a webhook disabled by a 410), and the fan-out position is the worker's alone.
 */
@Entity
@Table(name = "webhooks")
@DynamicUpdate
public class Webhook extends PanacheEntityBase {

    @Id
    public UUID id;
    public String url;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] events;
    public boolean active;
    public String description;
    public String secret;
    @Column(name = "disabled_reason")
    public String disabledReason;
    @Column(name = "fanned_out_seq", updatable = false)
    public long fannedOutSeq;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
