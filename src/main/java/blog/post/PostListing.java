package blog.post;

import blog.common.KeysetQuery;
import blog.common.PageInfo;
import blog.common.PageRequest;
import blog.common.SortKey;
import blog.author.Author;
import blog.tag.Tag;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lists posts: filters and keyset paging in SQL, then the page's posts and their tags in two queries. */
@ApplicationScoped
public class PostListing {

    private final EntityManager entityManager;
    private final PostLinks links;
    private final ObjectMapper objectMapper;

    PostListing(EntityManager entityManager, PostLinks links, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.links = links;
        this.objectMapper = objectMapper;
    }

    @Transactional
    public PostPage list(PostFilter filter, SortKey sort, PageRequest request, PostFields fields) {
        KeysetQuery query = query(filter);
        KeysetQuery.KeysetPage page = query.page(entityManager, sort, request);
        Long total = request.pageMode() ? query.count(entityManager) : null;
        return new PostPage(items(page.ids(), fields), PageInfo.of(request, page, total));
    }

    private static KeysetQuery query(PostFilter filter) {
        KeysetQuery query = new KeysetQuery("posts p", "p.id");
        List<String> statuses = new ArrayList<>();
        for (PostStatus status : filter.statuses()) {
            statuses.add(switch (status) {
                // listed_at is published_at for non-drafts; as the index's key it lets scans start at now()
                case published -> "p.status <> 'draft' and p.listed_at <= now()";
                case scheduled -> "p.status = 'scheduled' and p.listed_at > now()";
                case draft -> "p.status = 'draft'";
            });
        }
        query.and(String.join(" or ", statuses.stream().map(condition -> "(" + condition + ")").toList()));
        // Ids, not slugs, so that each plan is made for the actual tag: a popular one walks the
        // listing index, a rare one starts from its few post_tags rows.
        if (!filter.tags().isEmpty()) {
            query.and("exists (select 1 from post_tags pt where pt.post_id = p.id and pt.tag_id in (:tagIds))")
                    .bind("tagIds", idsOrNone(Tag.idsBySlugs(filter.tags())));
        }
        if (filter.author() != null) {
            query.and("exists (select 1 from post_authors pa where pa.post_id = p.id and pa.author_id in (:authorIds))")
                    .bind("authorIds", idsOrNone(Author.findBySlug(filter.author()).map(author -> List.of(author.id))
                            .orElse(List.of())));
        }
        if (filter.featured() != null) {
            query.and("p.featured = :featured").bind("featured", filter.featured());
        }
        if (filter.publishedAfter() != null) {
            query.and("p.published_at > :publishedAfter").bind("publishedAfter", filter.publishedAfter());
        }
        if (filter.publishedBefore() != null) {
            query.and("p.published_at < :publishedBefore").bind("publishedBefore", filter.publishedBefore());
        }
        if (filter.searching()) {
            // Only the most recent posts that match everything are ranked: a word in nearly every
            // post would otherwise make PostgreSQL check and rank all of them (seconds at 100k posts).
            return query.and("p.search_vector @@ websearch_to_tsquery('english', :q)").bind("q", filter.query())
                    .window("p.listed_at desc, p.id desc", PostFilter.MAX_SEARCH_MATCHES, "p");
        }
        return query;
    }

    /** An IN list that matches nothing when nothing was found. */
    private static List<UUID> idsOrNone(List<UUID> ids) {
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }

    private List<ObjectNode> items(List<UUID> ids, PostFields fields) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Post> posts = Post.<Post>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(post -> post.id, Function.identity()));
        PostLinks.Links pageLinks = links.of(ids);
        Instant now = Instant.now();
        // A post deleted between the id query and this one is left out of the page.
        return ids.stream().filter(posts::containsKey).map(id -> {
            PostResponse response = PostResponse.from(posts.get(id), pageLinks.tagsOf(id), pageLinks.authorsOf(id), now,
                    fields.includeBody());
            ObjectNode item = objectMapper.valueToTree(response);
            item.retain(fields.names());
            return item;
        }).toList();
    }
}
