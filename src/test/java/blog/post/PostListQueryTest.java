package blog.post;

import static org.assertj.core.api.Assertions.assertThat;

import blog.paging.PageRequest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statement that lists posts, pinned: a change to it shows here first. */
class PostListQueryTest {

    @Test
    void shouldWriteEveryFieldThatTheDocumentPromisesInItsOrder() {
        assertThat(PostJson.fields()).containsExactlyElementsOf(Arrays.stream(PostResponse.class.getRecordComponents())
                .map(component -> component.getName()).toList());
    }

    @Test
    void shouldListTheNewestPublishedPostsInOneStatement() {
        PostFilter filter = PostFilter.parse(null, null, null, null, null, null, null, false);
        PostListQuery.Sql sql = new PostListQuery(filter, PostSorts.of(null, false), List.of())
                .page(PostSorts.of(null, false), PageRequest.parse("20", null, null, "-publishedAt"), PostFields.parse("id,slug,title"));
        assertThat(sql.text()).isEqualTo("""
                select page.id, page.sort_value,
                       (select row_to_json(item)::text from posts p, lateral (select p.id as "id", p.slug as "slug", p.title as "title") item where p.id = page.id)
                  from (select p.id, p.listed_at as sort_value
                          from posts p
                         where ((p.status <> 'draft' and p.listed_at <= now()))
                         order by sort_value desc, p.id desc
                         limit ? offset ?) page
                 order by page.sort_value desc, page.id desc""");
        assertThat(sql.parameters()).containsExactly(21, 0);
    }

    @Test
    void shouldWalkATagsPublicLinksForItsPage() {
        PostFilter filter = PostFilter.parse("java", null, null, null, null, null, null, false);
        PostListQuery query = new PostListQuery(filter, PostSorts.of(null, false), List.of());
        PostListQuery.Sql page = query.page(PostSorts.of(null, false), PageRequest.parse("20", null, null, "-publishedAt"),
                PostFields.parse("id"));
        assertThat(page.text()).contains("select p.id, pt.post_listed_at as sort_value",
                "from post_tags pt join posts p on p.id = pt.post_id",
                "where (pt.tag_id = (select t.id from tags t where t.slug = ?)) and (pt.post_status <> 'draft' and pt.post_listed_at <= now())");
        assertThat(page.parameters()).containsExactly("java", 21, 0);
        assertThat(query.filtersByValue()).isFalse();
    }

    @Test
    void shouldRankOnlyTheMostRecentMatchesOfASearch() {
        PostFilter filter = PostFilter.parse("java", null, "true", null, null, "kafka streams", null, false);
        PostListQuery query = new PostListQuery(filter, PostSorts.of(null, true), List.of(new java.util.UUID(0, 1)));
        PostListQuery.Sql page = query.page(PostSorts.of(null, true), PageRequest.parse("10", "2", null, "relevance"), PostFields.parse("id"));
        assertThat(page.text()).contains("select p.id, ts_rank(p.rank_vector, websearch_to_tsquery('english', ?)) as sort_value",
                "from (select * from posts p where ((p.status <> 'draft' and p.listed_at <= now())) and (exists (select 1 from post_tags pt",
                "and (p.featured = ?) and (p.search_vector @@ websearch_to_tsquery('english', ?)) order by p.listed_at desc, p.id desc limit 1000) p",
                "where true");
        assertThat(page.parameters()).hasSize(6).startsWith("kafka streams").endsWith("kafka streams", 11, 10);
        assertThat(query.count().text()).startsWith("select count(*) from (select * from posts p where").endsWith(" p where true");
    }
}
