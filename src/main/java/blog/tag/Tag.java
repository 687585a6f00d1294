package blog.tag;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A tag as stored. */
@Entity
@Table(name = "tags")
public class Tag extends PanacheEntityBase {

    @Id
    public UUID id;
    public String slug;
    public String name;
    public String description;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Tag> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** A tag whose slug is {@code reference} or whose name is it, ignoring case. */
    public static Optional<Tag> findBySlugOrName(String reference) {
        return find("slug = :reference or lower(name) = lower(:reference)", Parameters.with("reference", reference))
                .firstResultOptional();
    }

    public static List<UUID> idsBySlugs(List<String> slugs) {
        return find("slug in ?1", slugs).project(TagId.class).list().stream().map(TagId::id).toList();
    }

    /** Projection of a tag to its id. */
    public record TagId(UUID id) {
    }

    public static Optional<Tag> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
