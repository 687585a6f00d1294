package blog.post;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A blog post as stored; its tags live in post_tags (see {@link PostTags}). */
@Entity
@Table(name = "posts")
public class Post extends PanacheEntityBase {

    @Id
    public UUID id;
    public String slug;
    public String title;
    /** Bodies are large: loaded only when a representation needs them. */
    @Basic(fetch = FetchType.LAZY)
    public String markdown;
    @Basic(fetch = FetchType.LAZY)
    public String html;
    public String excerpt;
    @Column(name = "custom_excerpt")
    public boolean customExcerpt;
    @Column(name = "reading_time_minutes")
    public int readingTimeMinutes;
    @Enumerated(EnumType.STRING)
    public PostStatus status;
    @Column(name = "published_at")
    public Instant publishedAt;
    public boolean featured;
    @Column(name = "feature_image")
    public String featureImage;
    @Column(name = "feature_image_alt")
    public String featureImageAlt;
    @Column(name = "meta_title")
    public String metaTitle;
    @Column(name = "meta_description")
    public String metaDescription;
    @Column(name = "canonical_url")
    public String canonicalUrl;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** Whether post.published was announced and not withdrawn since (see {@link PostAnnouncements}). */
    public boolean announced;

    /** The status a reader sees: a scheduled post whose time has come reads as published. */
    public PostStatus effectiveStatus(Instant now) {
        return status == PostStatus.scheduled && !publishedAt.isAfter(now) ? PostStatus.published : status;
    }

    public static Optional<Post> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
