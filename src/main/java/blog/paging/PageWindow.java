package blog.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One page cut from the rows a list query fetched (one more than the limit, to know whether more
 * follow), in the order asked, with the cursors around it.
 */
public record PageWindow<R>(List<R> items, String nextCursor, String previousCursor) {

    /** @param fetched rows in the query's order: backward for a previous-page cursor */
    public static <R> PageWindow<R> of(List<R> fetched, SortKey sort, PageRequest request, Function<R, UUID> id,
            Function<R, Object> sortValue) {
        boolean backward = request.cursor() != null && request.cursor().backward();
        boolean more = fetched.size() > request.limit();
        List<R> items = new ArrayList<>(more ? fetched.subList(0, request.limit()) : fetched);
        if (backward) {
            Collections.reverse(items);
        }
        if (items.isEmpty()) {
            return new PageWindow<>(items, null, null);
        }
        boolean hasNext = backward || more;
        boolean hasPrevious = backward ? more : request.cursor() != null || request.offset() > 0;
        R first = items.get(0);
        R last = items.get(items.size() - 1);
        String next = hasNext ? new Cursor(sort.name(), false, sort.encode(sortValue.apply(last)), id.apply(last)).encode() : null;
        String previous = hasPrevious
                ? new Cursor(sort.name(), true, sort.encode(sortValue.apply(first)), id.apply(first)).encode() : null;
        return new PageWindow<>(items, next, previous);
    }

    /** The same cursors around other items (the ones the rows stand for). */
    public <T> PageWindow<T> withItems(List<T> others) {
        return new PageWindow<>(others, nextCursor, previousCursor);
    }
}
