package blog.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;

/**
 * A list query over every row of one table: keyset paging (a cursor) or an offset (a page
 * number), always ordered by a sort key with the id as tie-breaker.
 */
public final class KeysetQuery {

    private final String from;
    private final String idColumn;

    public KeysetQuery(String from, String idColumn) {
        this.from = from;
        this.idColumn = idColumn;
    }

    public long count(EntityManager entityManager) {
        return ((Number) entityManager.createNativeQuery("select count(*) from " + from).getSingleResult()).longValue();
    }

    /** The ids of one page, in order, and the cursors around it. */
    public PageWindow<UUID> page(EntityManager entityManager, SortKey sort, PageRequest request) {
        Cursor cursor = request.cursor();
        boolean backward = cursor != null && cursor.backward();
        boolean descending = sort.descending() ^ backward;
        String direction = descending ? " desc" : " asc";
        StringBuilder sql = new StringBuilder("select ").append(idColumn).append(", ").append(sort.expression())
                .append(" from ").append(from);
        if (cursor != null) {
            sql.append(" where (").append(sort.expression()).append(", ").append(idColumn).append(')')
                    .append(descending ? " < " : " > ")
                    .append("(cast(:cursorValue as ").append(sort.type().sqlType).append("), :cursorId)");
        }
        sql.append(" order by ").append(sort.expression()).append(direction).append(", ")
                .append(idColumn).append(direction).append(" limit :limit offset :offset");
        Query query = entityManager.createNativeQuery(sql.toString());
        if (cursor != null) {
            query.setParameter("cursorValue", sort.decode(cursor.value()));
            query.setParameter("cursorId", cursor.id());
        }
        query.setParameter("limit", request.limit() + 1);
        query.setParameter("offset", request.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        PageWindow<Object[]> window = PageWindow.of(rows, sort, request, row -> (UUID) row[0], row -> row[1]);
        return window.withItems(window.items().stream().map(row -> (UUID) row[0]).toList());
    }
}
