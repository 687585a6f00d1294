package blog.slug;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/** What every resource with a slug and a name stores (tags, authors); each adds its own fields. */
@MappedSuperclass
public abstract class SluggedEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public String slug;
    public String name;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
