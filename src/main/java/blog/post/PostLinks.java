package blog.post;

import blog.author.AuthorSummary;
import blog.tag.TagSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ordered tags and authors of posts (post_tags, post_authors), read for a whole page of
 * posts in one query each, never one query per post.
 */
@ApplicationScoped
public class PostLinks {

    private record Link(String table, String column, String target) {
    }

    private static final Link TAGS = new Link("post_tags", "tag_id", "tags");
    private static final Link AUTHORS = new Link("post_authors", "author_id", "authors");

    private final EntityManager entityManager;

    PostLinks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Map<UUID, List<TagSummary>> tags(Collection<UUID> postIds) {
        Map<UUID, List<TagSummary>> tags = new HashMap<>();
        read(TAGS, postIds).forEach(row -> tags.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                .add(new TagSummary((UUID) row[1], (String) row[2], (String) row[3])));
        return tags;
    }

    public Map<UUID, List<AuthorSummary>> authors(Collection<UUID> postIds) {
        Map<UUID, List<AuthorSummary>> authors = new HashMap<>();
        read(AUTHORS, postIds).forEach(row -> authors.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                .add(new AuthorSummary((UUID) row[1], (String) row[2], (String) row[3])));
        return authors;
    }

    public void replaceTags(UUID postId, List<UUID> tagIds) {
        replace(TAGS, postId, tagIds);
    }

    public void replaceAuthors(UUID postId, List<UUID> authorIds) {
        replace(AUTHORS, postId, authorIds);
    }

    /** Rows of (post id, target id, slug, name) in each post's order; table names come from code only. */
    private List<Object[]> read(Link link, Collection<UUID> postIds) {
        if (postIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select l.post_id, t.id, t.slug, t.name from " + link.table() + " l join " + link.target()
                                + " t on t.id = l." + link.column()
                                + " where l.post_id in (:postIds) order by l.post_id, l.position")
                .setParameter("postIds", postIds)
                .getResultList();
        return rows;
    }

    private void replace(Link link, UUID postId, List<UUID> targetIds) {
        entityManager.createNativeQuery("delete from " + link.table() + " where post_id = :postId")
                .setParameter("postId", postId)
                .executeUpdate();
        for (int position = 0; position < targetIds.size(); position++) {
            entityManager.createNativeQuery("insert into " + link.table() + " (post_id, " + link.column()
                            + ", position) values (:postId, :targetId, :position)")
                    .setParameter("postId", postId)
                    .setParameter("targetId", targetIds.get(position))
                    .setParameter("position", position)
                    .executeUpdate();
        }
    }
}
