package blog.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a list response sits among all results. */
@Schema(name = "PageInfo", description = "Paging state of a list response.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PageInfo(
        @Schema(description = "Items per page, as requested.", minimum = "1", maximum = "100", example = "20")
        int limit,
        @Schema(description = "The 1-based page number; only when paging by page.", minimum = "1", example = "1")
        Integer page,
        @Schema(description = "Matching items in all pages; only when paging by page.", minimum = "0", example = "42")
        Long total,
        @Schema(description = "Number of pages; only when paging by page.", minimum = "0", example = "3")
        Long totalPages,
        @Schema(description = "Opaque cursor of the next page; absent on the last page.", example = "YzEKLXB1Ymxpc2hlZEF0Cm5leHQK")
        String nextCursor,
        @Schema(description = "Opaque cursor of the previous page; absent on the first page.", example = "YzEKLXB1Ymxpc2hlZEF0CnByZXYK")
        String prevCursor) {

    public static PageInfo of(PageRequest request, PageWindow<?> page, Long total) {
        Long totalPages = total == null ? null : (total + request.limit() - 1) / request.limit();
        return new PageInfo(request.limit(), request.page(), total, totalPages, page.nextCursor(), page.previousCursor());
    }
}
