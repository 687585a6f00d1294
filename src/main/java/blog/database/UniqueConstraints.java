package blog.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.function.Function;

/** Flushes pending writes and turns a unique-constraint violation into the API's answer. */
public final class UniqueConstraints {

    private UniqueConstraints() {
    }

    public static void flush(EntityManager entityManager, Function<String, RuntimeException> onViolation) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            String constraint = DatabaseErrors.constraintName(e);
            if (constraint == null) {
                throw e;
            }
            throw onViolation.apply(constraint);
        }
    }
}
