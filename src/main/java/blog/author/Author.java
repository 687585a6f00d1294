package blog.author;

import blog.slug.SluggedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A person who writes posts; e-mail is private and never shown to the public. */
@Entity
@Table(name = "authors")
public class Author extends SluggedEntity {

    public String email;
    public String bio;
    @Column(name = "avatar_url")
    public String avatarUrl;
    public String website;

    /** Whether any post, in any status, names this author. */
    public static boolean hasPosts(UUID id) {
        return !getEntityManager().createNativeQuery("select 1 from post_authors where author_id = :id limit 1")
                .setParameter("id", id).getResultList().isEmpty();
    }
}
