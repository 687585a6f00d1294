package blog.author;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A person who writes posts; e-mail is private and never shown to the public. */
@Entity
@Table(name = "authors")
public class Author extends PanacheEntityBase {

    @Id
    public UUID id;
    public String slug;
    public String name;
    public String email;
    public String bio;
    @Column(name = "avatar_url")
    public String avatarUrl;
    public String website;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Author> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Whether any post, in any status, names this author. */
    public static boolean hasPosts(UUID id) {
        return !getEntityManager().createNativeQuery("select 1 from post_authors where author_id = :id limit 1")
                .setParameter("id", id).getResultList().isEmpty();
    }

    public static Optional<Author> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
