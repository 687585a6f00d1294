package blog.openapi;

import static blog.TestData.TOKEN;
import static blog.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openapitools.client.ApiClient;
import org.openapitools.client.ApiException;
import org.openapitools.client.api.AuthorsApi;
import org.openapitools.client.api.PostsApi;
import org.openapitools.client.api.TagsApi;
import org.openapitools.client.api.TokensApi;
import org.openapitools.client.model.Author;
import org.openapitools.client.model.AuthorRequest;
import org.openapitools.client.model.Post;
import org.openapitools.client.model.PostPage;
import org.openapitools.client.model.PostRequest;
import org.openapitools.client.model.PostRequestPatch;
import org.openapitools.client.model.PostStatus;
import org.openapitools.client.model.Problem;
import org.openapitools.client.model.Role;
import org.openapitools.client.model.TokenRequest;

/**
 * A round trip through the Java client that the build generates from openapi.yaml with default
 * options (java, native library): only the base URL and the bearer token are set by hand.
 */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URL server;

    @Test
    void shouldRunARoundTripThroughTheGeneratedClient() throws Exception {
        ApiClient admin = client(TOKEN);
        Author ada = new AuthorsApi(admin).createAuthor(new AuthorRequest().name(unique("Ada")), null);
        String secret = new TokensApi(admin)
                .createToken(new TokenRequest().name("Ada's laptop").role(Role.AUTHOR).authorId(ada.getId()))
                .getSecret();
        PostsApi author = new PostsApi(client(secret));
        PostsApi anonymous = new PostsApi(client(null));

        String tag = unique("Client tag");
        List<Post> created = new ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            created.add(author.createPost(new PostRequest().title(unique("Generated " + day)).markdown("Body " + day)
                    .status(PostStatus.PUBLISHED).publishedAt(OffsetDateTime.of(2024, 1, day, 9, 0, 0, 0, ZoneOffset.UTC))
                    .tags(List.of(tag)), null));
        }
        Post newest = created.get(2);
        assertThat(newest.getAuthors()).singleElement().satisfies(summary -> assertThat(summary.getId()).isEqualTo(ada.getId()));
        assertThat(anonymous.getPostBySlug(newest.getSlug(), null, null).getTitle()).isEqualTo(newest.getTitle());

        String tagSlug = newest.getTags().get(0).getSlug();
        PostPage first = anonymous.listPosts(null, null, null, null, 2, null, null, null, null, null, null, tagSlug, null, null);
        PostPage second = anonymous.listPosts(null, first.getPage().getNextCursor(), null, null, 2, null, null, null, null, null, null, tagSlug, null, null);
        assertThat(first.getItems()).extracting(Post::getId).containsExactly(created.get(2).getId(), created.get(1).getId());
        assertThat(second.getItems()).extracting(Post::getId).containsExactly(created.get(0).getId());
        assertThat(second.getPage().getNextCursor()).isNull();

        String etag = author.getPostWithHttpInfo(newest.getId(), null, null).getHeaders().get("ETag").get(0);
        Post renamed = author.updatePost(newest.getId(), new PostRequestPatch().title("Renamed " + newest.getTitle()), etag);
        assertThat(renamed.getTitle()).startsWith("Renamed ");
        assertThat(renamed.getTags()).extracting(summary -> summary.getSlug()).containsExactly(tagSlug);
        assertThat(renamed.getAuthors()).extracting(summary -> summary.getId()).containsExactly(ada.getId());

        ApiException stale = catchThrowableOfType(ApiException.class,
                () -> author.updatePost(newest.getId(), new PostRequestPatch().title("Lost update"), etag));
        Problem preconditionFailed = problem(admin, stale);
        assertThat(preconditionFailed.getStatus()).isEqualTo(412);
        assertThat(preconditionFailed.getType()).endsWith("/precondition-failed");

        TagsApi tags = new TagsApi(client(null));
        assertThat(tags.getTagBySlug(tagSlug, null, null).getPostCount()).isEqualTo(3);
        Post untagged = author.updatePost(newest.getId(), new PostRequestPatch().tags(null).featureImageAlt(null), null);
        assertThat(untagged.getTags()).isEmpty();
        assertThat(untagged.getAuthors()).extracting(summary -> summary.getId()).containsExactly(ada.getId());
        assertThat(tags.getTagBySlug(tagSlug, null, null).getPostCount()).isEqualTo(2);

        author.deletePost(newest.getId(), null);
        ApiException gone = catchThrowableOfType(ApiException.class, () -> anonymous.getPost(newest.getId(), null, null));
        assertThat(gone.getCode()).isEqualTo(404);
        assertThat(problem(admin, gone).getStatus()).isEqualTo(404);
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.toString().replaceAll("/$", ""));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    /** The problem+json body, read into the Problem model that the document declares. */
    private static Problem problem(ApiClient client, ApiException exception) throws Exception {
        return client.getObjectMapper().readValue(exception.getResponseBody(), Problem.class);
    }
}
