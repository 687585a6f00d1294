package blog.sample;

/** The Markdown bodies of the dev profile's sample posts. */
final class SampleTexts {

    static final String WELCOME = """
            # Welcome

            This blog is served by a **headless content API**: front ends fetch posts as JSON and render them
            however they like. Read the [API documentation](/q/swagger-ui) to get started.

            ## What you can do

            - list published posts, newest first, with `GET /api/v1/posts`
            - fetch one by slug with `GET /api/v1/posts/slug/welcome-to-the-blog`
            - search with `GET /api/v1/posts?q=markdown`

            ![A typewriter](https://images.unsplash.com/photo-1455390582262-044cdead277a)
            """;

    static final String MARKDOWN = """
            # Writing posts in Markdown

            Posts are written in CommonMark with GitHub's tables, ~~strikethrough~~ and autolinks such as
            https://commonmark.org. The API renders them to sanitised HTML.

            ## A code block

            ```java
            record Post(String title, String markdown) {
                String slug() {
                    return title.toLowerCase().replace(' ', '-');
                }
            }
            ```

            ## A table

            | Field | Meaning |
            |-------|---------|
            | `title` | the title |
            | `markdown` | the body |

            1. Write the post.
            2. Publish it — or schedule it for later.
            """;

    static final String ACCENTS = """
            # “Café Naïve”

            Titles with accents get folded slugs: this one lives at `/posts/slug/cafe-naive-a-story-of-accents`.
            Text in any script works too: Привет, мир! こんにちは世界。

            > Typography matters — even in a JSON API.
            """;

    static final String ROADMAP = """
            # The roadmap

            This post is **scheduled**: it becomes public by itself a week after the server first started.
            """;

    static final String DRAFT = """
            # Unfinished thoughts

            Only token holders can read this draft.
            """;

    private SampleTexts() {
    }
}
