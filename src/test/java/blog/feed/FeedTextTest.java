package blog.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Links in a feed's bodies become absolute, whichever way the post wrote them; XML's forbidden characters go. */
class FeedTextTest {

    private static final String PAGE = "https://blog.example/blog/a-post";

    @Test
    void shouldPutTheOriginInFrontOfLinksFromTheRoot() {
        assertThat(FeedText.absoluteLinks("<p><a href=\"/about\">x</a> <img src=\"/a.png\" alt=\"\"> <a href=\"https://o.example/\">y</a></p>", PAGE))
                .isEqualTo("<p><a href=\"https://blog.example/about\">x</a> <img src=\"https://blog.example/a.png\" alt=\"\"> "
                        + "<a href=\"https://o.example/\">y</a></p>");
    }

    @Test
    void shouldResolveOtherRelativeLinksAgainstThePage() {
        assertThat(FeedText.absoluteLinks("<a href=\"next\">n</a><a href=\"#top\">t</a><a href=\"//cdn.example/x\">c</a><a href=\"/r\">r</a>", PAGE))
                .isEqualTo("<a href=\"https://blog.example/blog/next\">n</a><a href=\"https://blog.example/blog/a-post#top\">t</a>"
                        + "<a href=\"https://cdn.example/x\">c</a><a href=\"https://blog.example/r\">r</a>");
    }

    @Test
    void shouldLeaveAbsoluteLinksAndTextAlone() {
        String html = "<p>href=&quot;/not-a-link&quot; <a href=\"mailto:a@b.example\">m</a></p>";
        assertThat(FeedText.absoluteLinks(html, PAGE)).isSameAs(html);
    }

    @Test
    void shouldDropWhatXmlCannotCarry() {
        assertThat(FeedText.xml("a\u0001b\u0008c\td\uFFFEe\uD83D\uDE80")).isEqualTo("abc\tde\uD83D\uDE80");
    }
}
