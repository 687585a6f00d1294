package blog.tag;

import blog.slug.SluggedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A tag as stored. */
@Entity
@Table(name = "tags")
public class Tag extends SluggedEntity {

    public String description;
}
