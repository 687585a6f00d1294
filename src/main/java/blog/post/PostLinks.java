package blog.post;

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

    /** The tags and authors of some posts, in each post's order. */
    public record Links(Map<UUID, List<TagSummary>> tags, Map<UUID, List<AuthorSummary>> authors) {

        public List<TagSummary> tagsOf(UUID postId) {
            return tags.getOrDefault(postId, List.of());
        }

        public List<AuthorSummary> authorsOf(UUID postId) {
            return authors.getOrDefault(postId, List.of());
        }
    }

    /** Tags and authors of a page of posts, in one round trip. */
    public Links of(Collection<UUID> postIds) {
        Map<UUID, List<TagSummary>> tags = new HashMap<>();
        Map<UUID, List<AuthorSummary>> authors = new HashMap<>();
        if (postIds.isEmpty()) {
            return new Links(tags, authors);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(select(TAGS, "t") + " union all " + select(AUTHORS, "a")
                        + " order by 1, 2, 6")
                .setParameter("postIds", postIds)
                .getResultList();
        for (Object[] row : rows) {
            UUID postId = (UUID) row[1];
            if (row[0].equals("t")) {
                tags.computeIfAbsent(postId, id -> new ArrayList<>())
                        .add(new TagSummary((UUID) row[2], (String) row[3], (String) row[4]));
            } else {
                authors.computeIfAbsent(postId, id -> new ArrayList<>())
                        .add(new AuthorSummary((UUID) row[2], (String) row[3], (String) row[4]));
            }
        }
        return new Links(tags, authors);
    }

    private static String select(Link link, String kind) {
        return "select '" + kind + "', l.post_id, x.id, x.slug, x.name, l.position from " + link.table() + " l join "
                + link.target() + " x on x.id = l." + link.column() + " where l.post_id in (:postIds)";
    }

    public void replaceTags(UUID postId, List<UUID> tagIds) {
        replace(TAGS, postId, tagIds);
    }

    public void replaceAuthors(UUID postId, List<UUID> authorIds) {
        replace(AUTHORS, postId, authorIds);
    }

    /** Links of a post that has none yet (a new one): one statement, or none. */
    public void addTags(UUID postId, List<UUID> tagIds) {
        insert(TAGS, postId, tagIds);
    }

    public void addAuthors(UUID postId, List<UUID> authorIds) {
        insert(AUTHORS, postId, authorIds);
    }

    /** Two statements whatever the number of links: the triggers of migration V8 then rewrite the post's JSON once each. */
    private void replace(Link link, UUID postId, List<UUID> targetIds) {
        entityManager.createNativeQuery("delete from " + link.table() + " where post_id = :postId")
                .setParameter("postId", postId)
                .executeUpdate();
        insert(link, postId, targetIds);
    }

    private void insert(Link link, UUID postId, List<UUID> targetIds) {
        if (targetIds.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("insert into " + link.table() + " (post_id, " + link.column() + ", position)"
                        + " select :postId, target.id, target.position - 1"
                        + " from unnest(cast(:targetIds as uuid[])) with ordinality as target(id, position)")
                .setParameter("postId", postId)
                .setParameter("targetIds", targetIds.toArray(UUID[]::new))
                .executeUpdate();
    }
}
