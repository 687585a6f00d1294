package blog.idempotency;

/** Whose Idempotency-Keys a request's keys are: two callers' keys never meet. */
public interface IdempotencyScope {

    String idempotencyScope();
}
