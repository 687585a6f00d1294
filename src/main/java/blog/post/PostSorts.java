package blog.post;

import blog.paging.SortKey.ValueType;
import blog.paging.SortKey;
import blog.problem.ApiException;
import java.util.Map;

/** The orders a post listing accepts; ties are broken by id inside {@link blog.paging.KeysetQuery}. */
final class PostSorts {

    static final String RELEVANCE = "relevance";
    /** Title and excerpt matches first, by weight; posts that match in the body alone follow, newest id first. */
    private static final String RANK = "ts_rank(p.rank_vector, websearch_to_tsquery('english', :q))";
    private static final Map<String, SortKey> SORTS = Map.of(
            "-publishedAt", new SortKey("-publishedAt", "p.listed_at", true, ValueType.TIMESTAMP),
            "publishedAt", new SortKey("publishedAt", "p.listed_at", false, ValueType.TIMESTAMP),
            "-updatedAt", new SortKey("-updatedAt", "p.updated_at", true, ValueType.TIMESTAMP),
            "updatedAt", new SortKey("updatedAt", "p.updated_at", false, ValueType.TIMESTAMP),
            "title", new SortKey("title", "p.title", false, ValueType.TEXT),
            "-title", new SortKey("-title", "p.title", true, ValueType.TEXT),
            RELEVANCE, new SortKey(RELEVANCE, RANK, true, ValueType.REAL));

    private PostSorts() {
    }

    /** Best matches first when searching without an explicit sort; newest first otherwise. */
    static SortKey of(String sort, boolean searching) {
        String name = sort != null ? sort : searching ? RELEVANCE : "-publishedAt";
        SortKey key = SORTS.get(name);
        if (key == null || (name.equals(RELEVANCE) && !searching)) {
            throw ApiException.invalid("sort",
                    "must be one of -publishedAt, publishedAt, -updatedAt, updatedAt, title, -title, or relevance with q");
        }
        return key;
    }
}
