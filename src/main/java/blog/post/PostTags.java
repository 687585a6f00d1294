package blog.post;

import blog.tag.TagSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The ordered tags of posts, read for a whole page in one query. */
@ApplicationScoped
public class PostTags {

    private final EntityManager entityManager;

    PostTags(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<TagSummary> of(UUID postId) {
        return of(List.of(postId)).getOrDefault(postId, List.of());
    }

    public Map<UUID, List<TagSummary>> of(Collection<UUID> postIds) {
        Map<UUID, List<TagSummary>> tags = new HashMap<>();
        if (postIds.isEmpty()) {
            return tags;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select pt.post_id, t.id, t.slug, t.name
                from post_tags pt join tags t on t.id = pt.tag_id
                where pt.post_id in (:postIds)
                order by pt.post_id, pt.position""")
                .setParameter("postIds", postIds)
                .getResultList();
        for (Object[] row : rows) {
            tags.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                    .add(new TagSummary((UUID) row[1], (String) row[2], (String) row[3]));
        }
        return tags;
    }

    public void replace(UUID postId, List<UUID> tagIds) {
        entityManager.createNativeQuery("delete from post_tags where post_id = :postId")
                .setParameter("postId", postId)
                .executeUpdate();
        for (int position = 0; position < tagIds.size(); position++) {
            entityManager.createNativeQuery(
                            "insert into post_tags (post_id, tag_id, position) values (:postId, :tagId, :position)")
                    .setParameter("postId", postId)
                    .setParameter("tagId", tagIds.get(position))
                    .setParameter("position", position)
                    .executeUpdate();
        }
    }
}
