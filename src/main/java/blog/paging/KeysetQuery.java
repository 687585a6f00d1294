package blog.paging;

import blog.database.CustomPlans;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A list query over one table: filters, then either keyset paging (a cursor) or an offset
 * (a page number), always ordered by a sort key with the id as tie-breaker.
 */
public final class KeysetQuery {

    private final String from;
    private final String idColumn;
    private final StringBuilder where = new StringBuilder(" where true");
    private final Map<String, Object> parameters = new HashMap<>();
    private boolean customPlansSet;

    public KeysetQuery(String from, String idColumn) {
        this.from = from;
        this.idColumn = idColumn;
    }

    /** Adds a condition; parameters are bound by name, never concatenated. */
    public KeysetQuery and(String condition) {
        where.append(" and (").append(condition).append(')');
        return this;
    }

    /**
     * The rows this query selects, cut to the first {@code rows} in {@code order}, as the table
     * of a new query under the same alias (so sort keys still read, for example, {@code p.title}).
     */
    public KeysetQuery window(String order, int rows, String alias) {
        KeysetQuery windowed = new KeysetQuery("(select * from " + from + where + " order by " + order + " limit " + rows + ") "
                + alias, idColumn);
        windowed.parameters.putAll(parameters);
        return windowed;
    }

    public KeysetQuery bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public long count(EntityManager entityManager) {
        planForTheValues(entityManager);
        Query query = entityManager.createNativeQuery("select count(*) from " + from + where);
        parameters.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    public KeysetPage page(EntityManager entityManager, SortKey sort, PageRequest request) {
        planForTheValues(entityManager);
        Cursor cursor = request.cursor();
        boolean backward = cursor != null && cursor.backward();
        boolean descending = sort.descending() ^ backward;
        String direction = descending ? " desc" : " asc";
        StringBuilder sql = new StringBuilder("select ").append(idColumn).append(", ").append(sort.expression())
                .append(" from ").append(from).append(where);
        if (cursor != null) {
            sql.append(" and (").append(sort.expression()).append(", ").append(idColumn).append(')')
                    .append(descending ? " < " : " > ")
                    .append("(cast(:cursorValue as ").append(sort.type().sqlType).append("), :cursorId)");
        }
        sql.append(" order by ").append(sort.expression()).append(direction).append(", ")
                .append(idColumn).append(direction).append(" limit :limit offset :offset");
        Query query = entityManager.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        if (cursor != null) {
            query.setParameter("cursorValue", sort.decode(cursor.value()));
            query.setParameter("cursorId", cursor.id());
        }
        query.setParameter("limit", request.limit() + 1);
        query.setParameter("offset", request.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = new ArrayList<>(query.getResultList());
        return toPage(rows, sort, request, backward);
    }

    private static KeysetPage toPage(List<Object[]> rows, SortKey sort, PageRequest request, boolean backward) {
        boolean more = rows.size() > request.limit();
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (backward) {
            Collections.reverse(rows);
        }
        List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
        if (rows.isEmpty()) {
            return new KeysetPage(ids, null, null);
        }
        boolean hasNext = backward || more;
        boolean hasPrevious = backward ? more : request.cursor() != null || request.offset() > 0;
        Object[] first = rows.get(0);
        Object[] last = rows.get(rows.size() - 1);
        String next = hasNext ? new Cursor(sort.name(), false, sort.encode(last[1]), (UUID) last[0]).encode() : null;
        String previous = hasPrevious ? new Cursor(sort.name(), true, sort.encode(first[1]), (UUID) first[0]).encode() : null;
        return new KeysetPage(ids, next, previous);
    }

    /**
     * A filter with values (a tag, an author, dates, a search) is planned for them, once per
     * query, whose page and count share a transaction (see {@link CustomPlans}); a list without
     * any keeps its cached plan.
     */
    private void planForTheValues(EntityManager entityManager) {
        if (!parameters.isEmpty() && !customPlansSet) {
            CustomPlans.forThisTransaction(entityManager);
            customPlansSet = true;
        }
    }

    /** The ids of one page, in order, and the cursors around it. */
    public record KeysetPage(List<UUID> ids, String nextCursor, String previousCursor) {
    }
}
