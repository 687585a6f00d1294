package blog.slug;

/** A generated slug was taken by a concurrent write between choice and insert; blog.database.WriteRetry runs the write again. */
public final class SlugRace extends RuntimeException {

    public SlugRace() {
        super("A generated slug was taken concurrently", null, false, false);
    }
}
