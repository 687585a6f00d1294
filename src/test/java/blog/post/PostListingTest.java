package blog.post;

import static blog.TestData.create;
import static blog.TestData.createId;
import static blog.TestData.post;
import static blog.TestData.published;
import static blog.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class PostListingTest {

    private static final Instant BASE = Instant.parse("2024-03-01T10:00:00Z");

    /** Seven published posts a day apart, titles out of date order; returns ids newest first. */
    private static List<String> sevenPosts(String tag) {
        String[] titles = {"delta", "alpha", "golf", "charlie", "foxtrot", "bravo", "echo"};
        List<String> newestFirst = new ArrayList<>();
        for (int day = 0; day < titles.length; day++) {
            newestFirst.add(0, createId(published(titles[day] + " " + tag, BASE.plus(day, ChronoUnit.DAYS).toString(), tag)));
        }
        return newestFirst;
    }

    @Test
    void shouldListNewestFirstByDefault() {
        String tag = unique("list");
        List<String> ids = sevenPosts(tag);
        given().queryParam("tag", tag).when().get("/api/v1/posts")
                .then().statusCode(200)
                .body("items.id", equalTo(ids))
                .body("page.limit", equalTo(20))
                .body("page.nextCursor", nullValue())
                .body("items[0]", not(hasKey("markdown")))
                .body("items[0]", not(hasKey("html")));
    }

    @Test
    void shouldSortEveryWay() {
        String tag = unique("sort");
        List<String> ids = sevenPosts(tag);
        List<String> oldestFirst = new ArrayList<>(ids);
        java.util.Collections.reverse(oldestFirst);
        given().queryParam("tag", tag).queryParam("sort", "publishedAt").when().get("/api/v1/posts")
                .then().body("items.id", equalTo(oldestFirst));
        given().queryParam("tag", tag).queryParam("sort", "title").when().get("/api/v1/posts")
                .then().body("items.title", contains("alpha " + tag, "bravo " + tag, "charlie " + tag, "delta " + tag,
                        "echo " + tag, "foxtrot " + tag, "golf " + tag));
        given().queryParam("tag", tag).queryParam("sort", "-title").when().get("/api/v1/posts")
                .then().body("items.title[0]", equalTo("golf " + tag));
        given().queryParam("tag", tag).queryParam("sort", "-updatedAt").when().get("/api/v1/posts")
                .then().body("items.id[0]", equalTo(ids.get(0)));
        given().queryParam("tag", tag).queryParam("sort", "updatedAt").when().get("/api/v1/posts")
                .then().body("items.id[0]", equalTo(oldestFirst.get(0)));
    }

    @Test
    void shouldAgreeBetweenPageAndCursorPagingWithoutRepeatsOrGaps() {
        String tag = unique("paging");
        List<String> ids = sevenPosts(tag);
        List<String> byPage = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            Response response = given().queryParam("tag", tag).queryParam("limit", 3).queryParam("page", page)
                    .when().get("/api/v1/posts");
            response.then().statusCode(200).body("page.total", equalTo(7)).body("page.totalPages", equalTo(3));
            byPage.addAll(response.path("items.id"));
        }
        List<String> byCursor = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("tag", tag).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response response = request.when().get("/api/v1/posts");
            response.then().statusCode(200).body("page", not(hasKey("total")));
            byCursor.addAll(response.path("items.id"));
            cursor = response.path("page.nextCursor");
        } while (cursor != null);
        assertThat(byPage).isEqualTo(ids);
        assertThat(byCursor).isEqualTo(ids);
    }

    @Test
    void shouldBreakTiesByIdSoThatPagesNeitherRepeatNorSkip() {
        String tag = unique("ties");
        List<String> ids = new ArrayList<>();
        for (String title : List.of("one", "two", "three", "four", "five")) {
            ids.add(createId(published(title + " " + tag, BASE.toString(), tag)));
        }
        ids.sort(java.util.Comparator.reverseOrder());
        for (Map<String, Object> filter : List.<Map<String, Object>>of(Map.of("tag", tag), Map.of("tag", tag, "featured", false))) {
            List<String> byPage = new ArrayList<>();
            for (int page = 1; page <= 3; page++) {
                byPage.addAll(given().queryParams(filter).queryParam("limit", 2).queryParam("page", page)
                        .when().get("/api/v1/posts").then().statusCode(200).extract().<List<String>>path("items.id"));
            }
            List<String> byCursor = new ArrayList<>();
            String cursor = null;
            do {
                var request = given().queryParams(filter).queryParam("limit", 2);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                Response response = request.when().get("/api/v1/posts");
                byCursor.addAll(response.then().statusCode(200).extract().<List<String>>path("items.id"));
                cursor = response.path("page.nextCursor");
            } while (cursor != null);
            assertThat(byPage).as("pages of %s", filter).isEqualTo(ids);
            assertThat(byCursor).as("cursors of %s", filter).isEqualTo(ids);
        }
    }

    @Test
    void shouldPageBackwardWithPrevCursor() {
        String tag = unique("back");
        List<String> ids = sevenPosts(tag);
        Response first = given().queryParam("tag", tag).queryParam("limit", 3).when().get("/api/v1/posts");
        Response second = given().queryParam("tag", tag).queryParam("limit", 3)
                .queryParam("cursor", (String) first.path("page.nextCursor")).when().get("/api/v1/posts");
        second.then().body("items.id", equalTo(ids.subList(3, 6)));
        given().queryParam("tag", tag).queryParam("limit", 3)
                .queryParam("cursor", (String) second.path("page.prevCursor")).when().get("/api/v1/posts")
                .then().body("items.id", equalTo(ids.subList(0, 3))).body("page.prevCursor", nullValue());
    }

    @Test
    void shouldSendLinkHeaders() {
        String tag = unique("links");
        sevenPosts(tag);
        given().queryParam("tag", tag).queryParam("limit", 3).queryParam("page", 2).when().get("/api/v1/posts")
                .then().header("Link", containsString("page=3>; rel=\"next\""))
                .header("Link", containsString("page=1>; rel=\"prev\""));
        given().queryParam("tag", tag).queryParam("limit", 3).when().get("/api/v1/posts")
                .then().header("Link", containsString("cursor=")).header("Link", containsString("rel=\"next\""));
    }

    @Test
    void shouldFilterByAnyOfSeveralTags() {
        String first = unique("any");
        String second = unique("any");
        String a = createId(published("A " + first, BASE.toString(), first));
        String b = createId(published("B " + second, BASE.plusSeconds(60).toString(), second));
        createId(published("C", BASE.toString(), unique("other")));
        given().queryParam("tag", first + "," + second).when().get("/api/v1/posts")
                .then().body("items.id", contains(b, a));
    }

    @Test
    void shouldFilterByFeaturedAndDates() {
        String tag = unique("filters");
        List<String> ids = sevenPosts(tag);
        String featured = createId(post("Featured " + tag, "status", "published", "featured", true,
                "publishedAt", BASE.minus(1, ChronoUnit.DAYS).toString(), "tags", List.of(tag)));
        given().queryParam("tag", tag).queryParam("featured", "true").when().get("/api/v1/posts")
                .then().body("items.id", contains(featured));
        given().queryParam("tag", tag).queryParam("featured", "false").when().get("/api/v1/posts")
                .then().body("items.id", equalTo(ids));
        given().queryParam("tag", tag)
                .queryParam("publishedAfter", BASE.plus(1, ChronoUnit.DAYS).toString())
                .queryParam("publishedBefore", BASE.plus(4, ChronoUnit.DAYS).toString())
                .when().get("/api/v1/posts")
                .then().body("items.id", equalTo(ids.subList(3, 5)));
    }

    @Test
    void shouldSearchFullTextBestMatchFirst() {
        String word = unique("zebra").replace("-", "");
        String tag = unique("search");
        String weak = createId(post("Animals " + tag, "status", "published", "tags", List.of(tag),
                "markdown", "A story that mentions " + word + " once, among other animals."));
        String strong = createId(post("All about " + word, "status", "published", "tags", List.of(tag),
                "markdown", word + " " + word + " everywhere: the " + word + " is striped."));
        createId(post("Unrelated " + tag, "status", "published", "tags", List.of(tag)));
        createId(post("Draft about " + word, "tags", List.of(tag)));
        given().queryParam("q", word).when().get("/api/v1/posts")
                .then().statusCode(200).body("items.id", contains(strong, weak));
        given().queryParam("q", word).queryParam("sort", "-publishedAt").when().get("/api/v1/posts")
                .then().statusCode(200).body("items.id", contains(strong, weak));
    }

    @Test
    void shouldPageSearchResultsByCursor() {
        String word = unique("pagesearch").replace("-", "");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createId(post("Post " + i, "status", "published", "markdown", (word + " ").repeat(i + 1))));
        }
        Response first = given().queryParam("q", word).queryParam("limit", 2).when().get("/api/v1/posts");
        List<String> seen = new ArrayList<>(first.path("items.id"));
        String cursor = first.path("page.nextCursor");
        while (cursor != null) {
            Response next = given().queryParam("q", word).queryParam("limit", 2).queryParam("cursor", cursor)
                    .when().get("/api/v1/posts");
            seen.addAll(next.path("items.id"));
            cursor = next.path("page.nextCursor");
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
    }

    @Test
    void shouldReturnOnlyRequestedFields() {
        String tag = unique("fields");
        String id = createId(published("Fields " + tag, BASE.toString(), tag));
        given().queryParam("tag", tag).queryParam("fields", "id,slug,html").when().get("/api/v1/posts")
                .then().statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0].html", containsString("<p>"))
                .body("items[0]", not(hasKey("title")))
                .body("items[0].keySet()", hasItem("slug"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=101", "limit=abc", "page=0", "page=x", "sort=random", "sort=relevance",
            "featured=yes", "publishedAfter=yesterday", "publishedBefore=2024-13-01", "cursor=not-a-cursor",
            "cursor=YzEKLXB1Ymxpc2hlZEF0Cm5leHQKeAp4", "fields=id,password", "tag=Not%20A%20Slug", "status=archived",
            "page=2&cursor=abc"})
    void shouldRejectBadQueryParametersNamingThem(String query) {
        String parameter = query.substring(query.lastIndexOf('&') + 1, query.indexOf('=', query.lastIndexOf('&') + 1));
        given().when().get("/api/v1/posts?" + query)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter));
    }

    @Test
    void shouldRejectCursorOfAnotherSort() {
        String tag = unique("cursorsort");
        sevenPosts(tag);
        String cursor = given().queryParam("tag", tag).queryParam("limit", 2).when().get("/api/v1/posts").path("page.nextCursor");
        given().queryParam("tag", tag).queryParam("sort", "title").queryParam("cursor", cursor).when().get("/api/v1/posts")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldCreateWithEveryFieldAndListIt() {
        String tag = unique("full");
        String id = create(post(unique("Full"), "status", "published", "featureImage", "https://img.example/a.png",
                "featureImageAlt", "Alt", "metaTitle", "M", "metaDescription", "D", "canonicalUrl", "https://orig.example/p",
                "tags", List.of(tag)))
                .response().then().body("featureImage", equalTo("https://img.example/a.png"))
                .body("canonicalUrl", equalTo("https://orig.example/p")).extract().path("id");
        given().queryParam("tag", tag).queryParam("fields", "id,featureImage,featureImageAlt,metaTitle,metaDescription,canonicalUrl")
                .when().get("/api/v1/posts")
                .then().statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].featureImage", equalTo("https://img.example/a.png"))
                .body("items[0].featureImageAlt", equalTo("Alt"))
                .body("items[0].metaTitle", equalTo("M"))
                .body("items[0].metaDescription", equalTo("D"))
                .body("items[0].canonicalUrl", equalTo("https://orig.example/p"));
    }
}
