package blog.paging;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** The RFC 8288 Link header of a list page: rel="next" and rel="prev". */
public final class PageLinks {

    private PageLinks() {
    }

    public static String header(UriInfo uri, PageInfo page) {
        List<String> links = new ArrayList<>();
        if (page.page() != null) {
            if (page.totalPages() != null && page.page() < page.totalPages()) {
                links.add(link(uri.getRequestUriBuilder().replaceQueryParam("page", page.page() + 1), "next"));
            }
            if (page.page() > 1) {
                links.add(link(uri.getRequestUriBuilder().replaceQueryParam("page", page.page() - 1), "prev"));
            }
        } else {
            if (page.nextCursor() != null) {
                links.add(link(withCursor(uri, page.nextCursor()), "next"));
            }
            if (page.prevCursor() != null) {
                links.add(link(withCursor(uri, page.prevCursor()), "prev"));
            }
        }
        return links.isEmpty() ? null : String.join(", ", links);
    }

    private static UriBuilder withCursor(UriInfo uri, String cursor) {
        return uri.getRequestUriBuilder().replaceQueryParam("page").replaceQueryParam("cursor", cursor);
    }

    private static String link(UriBuilder target, String relation) {
        return "<" + target.build() + ">; rel=\"" + relation + "\"";
    }
}
