package blog.common;

import java.util.function.Supplier;

/** Retries a write whose generated slug was taken by a concurrent write between choice and insert. */
public final class SlugRace extends RuntimeException {

    private static final int ATTEMPTS = 30;

    public SlugRace() {
        super("A generated slug was taken concurrently", null, false, false);
    }

    /** Runs a transactional write again, in a new transaction, while it loses slug races. */
    public static <T> T retry(Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (SlugRace race) {
                if (attempt == ATTEMPTS) {
                    throw ApiException.conflict("The slug could not be allocated; retry the request.");
                }
            }
        }
    }
}
