package blog.post;

import blog.paging.Cursor;
import blog.paging.PageRequest;
import blog.paging.SortKey;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The one statement that lists posts: the page's rows, in order, each with its sort value (for
 * the cursors) and its JSON (see {@link PostJson}, written only for the rows of the page), and,
 * for numbered pages, the one that counts them. The filters present and the sort fill in the
 * template; values are always parameters.
 */
final class PostListQuery {

    private static final String PAGE = """
            select page.id, page.sort_value,
                   (select row_to_json(item)::text from posts p, lateral (select %5$s) item where p.id = page.id)
              from (select p.id, %1$s as sort_value
                      from %2$s
                     where %3$s
                     order by sort_value %4$s, p.id %4$s
                     limit ? offset ?) page
             order by page.sort_value %4$s, page.id %4$s""";
    private static final String COUNT = "select count(*) from %1$s where %2$s";
    /** A search ranks only the most recent posts that match it and every other filter. */
    private static final String SEARCH_WINDOW = "(select * from posts p where %1$s order by p.listed_at desc, p.id desc limit "
            + PostFilter.MAX_SEARCH_MATCHES + ") p";

    /** SQL text and its parameters, in the order of their placeholders. */
    record Sql(String text, List<Object> parameters) {
    }

    /**
     * A tag's page of published posts, newest (or oldest) first, walks that tag's public links in
     * order (post_tags_public_idx, migration V6): one plan serves a rare tag and a popular one.
     */
    private static final String TAG_PAGE = "post_tags pt join posts p on p.id = pt.post_id";

    private final Conditions filters;
    private final boolean searching;
    private final boolean tagPage;

    /** @param tagIds the ids of the tags filtered by (none found: a list that matches nothing); unused on a tag page */
    PostListQuery(PostFilter filter, SortKey sort, List<UUID> tagIds) {
        this.tagPage = isTagPage(filter, sort);
        this.filters = Conditions.of(filter, tagIds, tagPage);
        this.searching = filter.searching();
    }

    /** One tag, published posts by publication date, no search. */
    static boolean isTagPage(PostFilter filter, SortKey sort) {
        return filter.tags().size() == 1 && sort.expression().equals("p.listed_at") && !filter.searching()
                && filter.statuses().equals(java.util.EnumSet.of(PostStatus.published));
    }

    Sql page(SortKey requested, PageRequest request, PostFields fields) {
        SortKey sort = tagPage ? new SortKey(requested.name(), "pt.post_listed_at", requested.descending(), requested.type())
                : requested;
        Cursor cursor = request.cursor();
        boolean descending = sort.descending() ^ (cursor != null && cursor.backward());
        String direction = descending ? "desc" : "asc";
        Conditions where = searching ? new Conditions() : filters.copy();
        if (cursor != null) {
            where.add("(" + sort.expression().replace(":q", "?") + ", p.id) " + (descending ? "<" : ">")
                    + " (cast(? as " + sort.type().sqlType() + "), ?)", sortParameters(sort));
            where.parameters().addAll(List.of(sort.decode(cursor.value()), cursor.id()));
        }
        List<Object> parameters = new ArrayList<>(sortParameters(sort));
        parameters.addAll(searching ? filters.parameters() : List.of());
        parameters.addAll(where.parameters());
        parameters.addAll(List.of(request.limit() + 1, request.offset()));
        return new Sql(PAGE.formatted(sort.expression().replace(":q", "?"), from(), where.text(), direction,
                PostJson.columns(fields.names())), parameters);
    }

    /**
     * Whether the plan should be made for the values (tags, an author, dates, a search) every
     * time: a tag page's plan is good for every tag, and a list without values has one plan.
     */
    boolean filtersByValue() {
        return !tagPage && !filters.parameters().isEmpty();
    }

    Sql count() {
        List<Object> parameters = new ArrayList<>(filters.parameters());
        return new Sql(COUNT.formatted(from(), searching ? "true" : filters.text()), parameters);
    }

    private String from() {
        return searching ? SEARCH_WINDOW.formatted(filters.text()) : tagPage ? TAG_PAGE : "posts p";
    }

    private List<Object> sortParameters(SortKey sort) {
        return sort.expression().contains(":q") ? List.of(filters.query()) : List.of();
    }

    /** Conditions joined by "and", with the parameters of their placeholders in order. */
    private static final class Conditions {

        private final List<String> texts = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();
        private String query;

        static Conditions of(PostFilter filter, List<UUID> tagIds, boolean tagPage) {
            Conditions conditions = new Conditions();
            if (tagPage) {
                conditions.add("pt.tag_id = (select t.id from tags t where t.slug = ?)", List.of(filter.tags().get(0)));
                conditions.add("pt.post_status <> 'draft' and pt.post_listed_at <= now()", List.of());
            } else {
                conditions.add(visibility(filter), List.of());
            }
            if (!filter.tags().isEmpty() && !tagPage) {
                conditions.add("exists (select 1 from post_tags pt where pt.post_id = p.id and pt.tag_id = any(?))",
                        Collections.singletonList(tagIds.toArray(UUID[]::new)));
            }
            if (filter.author() != null) {
                conditions.add("exists (select 1 from post_authors pa where pa.post_id = p.id"
                        + " and pa.author_id = (select a.id from authors a where a.slug = ?))", List.of(filter.author()));
            }
            if (filter.featured() != null) {
                conditions.add("p.featured = ?", List.of(filter.featured()));
            }
            if (filter.publishedAfter() != null) {
                conditions.add("p.published_at > ?", List.of(OffsetDateTime.ofInstant(filter.publishedAfter(), ZoneOffset.UTC)));
            }
            if (filter.publishedBefore() != null) {
                conditions.add("p.published_at < ?", List.of(OffsetDateTime.ofInstant(filter.publishedBefore(), ZoneOffset.UTC)));
            }
            if (filter.searching()) {
                conditions.add("p.search_vector @@ websearch_to_tsquery('english', ?)", List.of(filter.query()));
                conditions.query = filter.query();
            }
            return conditions;
        }

        /** listed_at is published_at for non-drafts; as the index's key it lets scans start at now(). */
        private static String visibility(PostFilter filter) {
            List<String> statuses = new ArrayList<>();
            for (PostStatus status : filter.statuses()) {
                statuses.add(switch (status) {
                    case published -> "(p.status <> 'draft' and p.listed_at <= now())";
                    case scheduled -> "(p.status = 'scheduled' and p.listed_at > now())";
                    case draft -> "(p.status = 'draft')";
                });
            }
            return String.join(" or ", statuses);
        }

        void add(String condition, List<Object> values) {
            texts.add("(" + condition + ")");
            parameters.addAll(values);
        }

        Conditions copy() {
            Conditions copy = new Conditions();
            copy.texts.addAll(texts);
            copy.parameters.addAll(parameters);
            copy.query = query;
            return copy;
        }

        String text() {
            return texts.isEmpty() ? "true" : String.join(" and ", texts);
        }

        List<Object> parameters() {
            return parameters;
        }

        String query() {
            return query;
        }
    }
}
