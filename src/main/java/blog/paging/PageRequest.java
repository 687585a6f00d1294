package blog.paging;

import blog.problem.ApiException;

/** The paging part of a list request: limit, and either a page number or a cursor. */
public record PageRequest(int limit, Integer page, Cursor cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** Deeper offsets get slow; cursors stay fast at any depth. */
    public static final int MAX_PAGE = 100_000;

    public static PageRequest parse(String limit, String page, String cursor, String sort) {
        int parsedLimit = limit == null ? DEFAULT_LIMIT : QueryParams.integer("limit", limit, 1, MAX_LIMIT);
        if (page != null && cursor != null) {
            throw ApiException.invalid("cursor", "cannot be combined with page; use one way of paging");
        }
        Integer parsedPage = page == null ? null : QueryParams.integer("page", page, 1, MAX_PAGE);
        Cursor parsedCursor = cursor == null ? null : Cursor.decode(cursor, sort);
        return new PageRequest(parsedLimit, parsedPage, parsedCursor);
    }

    public boolean pageMode() {
        return page != null;
    }

    public int offset() {
        return page == null ? 0 : (page - 1) * limit;
    }
}
