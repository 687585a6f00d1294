package blog.slug;

/** A lookup by a slug its resource has left: answered with a permanent redirect to {@code location}. */
public class SlugMoved extends RuntimeException {

    private final String location;

    public SlugMoved(String location) {
        super(location, null, false, false);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
