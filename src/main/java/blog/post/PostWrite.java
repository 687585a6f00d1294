package blog.post;

import blog.json.Reference;
import blog.problem.ApiException;
import java.time.Instant;
import java.util.List;

/** The rules that turn a write request into a post's stored fields. */
final class PostWrite {

    private PostWrite() {
    }

    /** The status a write asks for: absent keeps the current one (draft for a new post). */
    static PostStatus requestedStatus(Post post, PostRequest request) {
        return request.status() != null ? request.status() : post.status != null ? post.status : PostStatus.draft;
    }

    static void apply(Post post, PostRequest request, Instant now) {
        post.title = request.title();
        post.markdown = request.markdown() == null ? "" : request.markdown();
        Markdown.Rendered rendered = Markdown.render(post.markdown);
        post.html = rendered.html();
        post.readingTimeMinutes = TextStats.readingTimeMinutes(rendered.text());
        applyExcerpt(post, request.excerpt(), TextStats.excerpt(rendered.prose()));
        post.featured = Boolean.TRUE.equals(request.featured());
        post.featureImage = blankToNull(request.featureImage());
        post.featureImageAlt = blankToNull(request.featureImageAlt());
        post.metaTitle = blankToNull(request.metaTitle());
        post.metaDescription = blankToNull(request.metaDescription());
        post.canonicalUrl = blankToNull(request.canonicalUrl());
        applyPublication(post, requestedStatus(post, request), request.publishedAt(), now);
        post.updatedAt = now;
    }

    /** What a PUT of this post would send: the base a merge patch applies to. */
    static PostRequest writableFields(Post post, List<Reference> tags, List<Reference> authors) {
        return new PostRequest(post.title, post.slug, post.markdown, post.customExcerpt ? post.excerpt : null,
                post.status, post.publishedAt, post.featured, post.featureImage, post.featureImageAlt,
                post.metaTitle, post.metaDescription, post.canonicalUrl, tags, authors);
    }

    /**
     * An excerpt that equals the derived one (as a client sends back what it read) stays
     * derived, so it follows later edits of the body.
     */
    private static void applyExcerpt(Post post, String requested, String derived) {
        boolean sentBackDerived = requested != null && !post.customExcerpt && requested.strip().equals(post.excerpt);
        if (requested == null || requested.isBlank() || requested.strip().equals(derived) || sentBackDerived) {
            post.excerpt = derived;
            post.customExcerpt = false;
        } else {
            post.excerpt = requested.strip();
            post.customExcerpt = true;
        }
    }

    /**
     * draft keeps any earlier publishedAt; published keeps an earlier publication instant or
     * takes now and becomes scheduled when it lies ahead; scheduled needs a future instant.
     */
    private static void applyPublication(Post post, PostStatus requested, Instant publishedAt, Instant now) {
        PostStatus status = requested;
        Instant instant = publishedAt != null ? publishedAt : post.publishedAt;
        switch (status) {
            case draft -> post.publishedAt = instant;
            case published -> {
                boolean publishedBefore = post.publishedAt != null && !post.publishedAt.isAfter(now);
                Instant at = publishedAt != null ? publishedAt : publishedBefore ? post.publishedAt : now;
                post.publishedAt = at;
                status = at.isAfter(now) ? PostStatus.scheduled : PostStatus.published;
            }
            case scheduled -> {
                if (instant == null || !instant.isAfter(now)) {
                    throw ApiException.invalid("publishedAt", "must be in the future for a scheduled post");
                }
                post.publishedAt = instant;
            }
        }
        post.status = status;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
