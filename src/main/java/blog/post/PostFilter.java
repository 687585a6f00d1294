package blog.post;

import blog.json.SafeText;
import blog.paging.QueryParams;
import blog.problem.ApiException;
import blog.problem.ProblemType;
import blog.slug.Slugs;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The filters of a post listing, parsed strictly from query parameters. */
public record PostFilter(List<String> tags, String author, Boolean featured, Instant publishedAfter, Instant publishedBefore,
                         String query, Set<PostStatus> statuses) {

    public static final int MAX_QUERY_LENGTH = 200;
    /** A search ranks this many most recent posts that match it and every other filter. */
    public static final int MAX_SEARCH_MATCHES = 1000;
    static final int MAX_TAGS = 20;
    public static final int MAX_AUTHOR_SLUG = 120;
    /** The documented form of `tag`: up to 20 comma-separated slugs. */
    public static final String TAG_LIST_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*(,[a-z0-9]+(-[a-z0-9]+)*){0,19}$";
    public static final String STATUS_LIST_PATTERN = "^(draft|scheduled|published)(,(draft|scheduled|published))*$";

    public static PostFilter parse(String tag, String author, String featured, String publishedAfter, String publishedBefore,
                                   String q, String status, boolean canReadUnpublished) {
        if (author != null && (author.length() > MAX_AUTHOR_SLUG || !Slugs.isValid(author))) {
            throw ApiException.invalid("author", "must be an author slug");
        }
        return new PostFilter(tags(tag), author, QueryParams.bool("featured", featured),
                QueryParams.instant("publishedAfter", publishedAfter),
                QueryParams.instant("publishedBefore", publishedBefore),
                query(q), statuses(status, canReadUnpublished));
    }

    public boolean searching() {
        return query != null;
    }

    private static List<String> tags(String tag) {
        if (tag == null) {
            return List.of();
        }
        List<String> slugs = Arrays.stream(tag.split(",", -1)).map(String::strip).toList();
        if (slugs.size() > MAX_TAGS || !slugs.stream().allMatch(Slugs::isValid)) {
            throw ApiException.invalid("tag", "must be up to " + MAX_TAGS + " comma-separated tag slugs");
        }
        return slugs;
    }

    private static String query(String q) {
        if (q == null) {
            return null;
        }
        String stripped = q.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_QUERY_LENGTH || !SafeText.isSafe(stripped)) {
            throw ApiException.invalid("q", "must be 1 to " + MAX_QUERY_LENGTH + " characters of search text");
        }
        return stripped;
    }

    private static Set<PostStatus> statuses(String status, boolean canReadUnpublished) {
        if (status == null) {
            return EnumSet.of(PostStatus.published);
        }
        Set<PostStatus> statuses = EnumSet.noneOf(PostStatus.class);
        for (String name : status.split(",", -1)) {
            try {
                statuses.add(PostStatus.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("status", "must be comma-separated values of draft, scheduled, published");
            }
        }
        if (!canReadUnpublished && !statuses.equals(EnumSet.of(PostStatus.published))) {
            throw new ApiException(ProblemType.UNAUTHORIZED,
                    "Listing drafts or scheduled posts needs an 'Authorization: Bearer <token>' header.");
        }
        return statuses;
    }
}
