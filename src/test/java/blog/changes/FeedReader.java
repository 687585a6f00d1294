package blog.changes;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Follows the changes feed through the API, as a static site builder would: from a cursor, page by page. */
public final class FeedReader {

    /** One item of the feed. */
    public record Change(String id, String type, String change, String resource, String resourceId, String slug, List<String> surrogateKeys) {
    }

    private String cursor;

    private FeedReader(String cursor) {
        this.cursor = cursor;
    }

    /** A reader positioned after every change committed so far. */
    public static FeedReader atHead() {
        FeedReader reader = new FeedReader(null);
        reader.readAll();
        return reader;
    }

    public static FeedReader fromStart() {
        return new FeedReader(null);
    }

    /** The next page (at most {@code limit} changes), moving the cursor past it. */
    public List<Change> next(int limit, int waitSeconds) {
        var request = given().queryParam("limit", limit).queryParam("wait", waitSeconds);
        if (cursor != null) {
            request.queryParam("since", cursor);
        }
        JsonPath page = request.when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
        cursor = page.getString("nextCursor");
        List<Change> changes = new ArrayList<>();
        for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
            changes.add(new Change((String) item.get("id"), (String) item.get("type"), (String) item.get("change"),
                    (String) item.get("resource"), (String) item.get("resourceId"), (String) item.get("slug"),
                    (List<String>) item.get("surrogateKeys")));
        }
        return changes;
    }

    /** Every change after the cursor, up to the head. */
    public List<Change> readAll() {
        List<Change> all = new ArrayList<>();
        List<Change> page;
        do {
            page = next(1000, 0);
            all.addAll(page);
        } while (!page.isEmpty());
        return all;
    }

    public String cursor() {
        return cursor;
    }
}
