package blog.imports;

/** Where a reader puts what it reads, in file order. */
public interface ImportSink {

    void item(ImportItem item);

    /**
     * A fact about a post that the file keeps apart from it (Ghost's posts_tags, a WordPress
     * attachment's URL), joined to the post once the whole file is read.
     */
    void fact(String subject, Fact relation, String value, int order);

    enum Fact {
        /** value: a tag's source id; order: its place among the post's tags. */
        TAG,
        /** value: an author's source id. */
        AUTHOR,
        META_TITLE,
        META_DESCRIPTION,
        FEATURE_IMAGE_ALT,
        /** subject: an attachment's source id; value: its URL. */
        ATTACHMENT_URL
    }
}
