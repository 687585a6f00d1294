package blog.sample;

import blog.auth.Caller;
import blog.author.AuthorRequest;
import blog.author.AuthorService;
import blog.json.Reference;
import blog.post.Post;
import blog.post.PostRequest;
import blog.post.PostService;
import blog.post.PostStatus;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A few posts and tags for the dev profile, so that a new checkout shows a working blog. */
@ApplicationScoped
@IfBuildProfile("dev")
public class SampleContent {

    private final PostService posts;
    private final AuthorService authors;
    private final Caller caller;

    SampleContent(PostService posts, AuthorService authors, Caller caller) {
        this.posts = posts;
        this.authors = authors;
        this.caller = caller;
    }

    @ActivateRequestContext
    void load(@Observes @Priority(10) StartupEvent event) {
        if (Post.count() > 0) {
            return;
        }
        caller.actAsBootstrapAdmin();
        authors.create(new AuthorRequest("Sam Sample", "sam-sample", "sam@example.com",
                "Writes the sample posts of a new blog.", null, "https://example.com"));
        Instant now = Instant.now();
        posts.create(post("Welcome to the blog", SampleTexts.WELCOME, PostStatus.published, now.minus(Duration.ofDays(3)), true, "News", "Getting started"));
        posts.create(post("Writing posts in Markdown", SampleTexts.MARKDOWN, PostStatus.published, now.minus(Duration.ofDays(2)), false, "Getting started", "Markdown"));
        posts.create(post("Café Naïve: a story of accents", SampleTexts.ACCENTS, PostStatus.published, now.minus(Duration.ofDays(1)), false, "Stories"));
        posts.create(post("Coming soon: the roadmap", SampleTexts.ROADMAP, PostStatus.scheduled, now.plus(Duration.ofDays(7)), false, "News"));
        posts.create(post("Unfinished thoughts", SampleTexts.DRAFT, PostStatus.draft, null, false, "Stories"));
        Log.info("Loaded sample content: 1 author, 5 posts (3 published, 1 scheduled, 1 draft)");
    }

    private static PostRequest post(String title, String markdown, PostStatus status, Instant publishedAt,
                                    boolean featured, String... tags) {
        List<Reference> references = Arrays.stream(tags).map(name -> new Reference(name, null)).toList();
        return new PostRequest(title, null, markdown, null, status, publishedAt, featured,
                "https://images.unsplash.com/photo-1455390582262-044cdead277a", "A typewriter", null, null, null,
                references, List.of(new Reference("sam-sample", null)));
    }
}
