package blog.imports;

import static blog.imports.ImportText.firstLine;

import blog.config.BlogConfig;
import blog.database.DatabaseErrors;
import blog.problem.ApiException;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.narayana.jta.TransactionExceptionResult;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Applies imports' items, on every server and on several threads: each thread counts an attempt
 * at a batch of pending items, claims them (FOR UPDATE SKIP LOCKED), applies them in a
 * transaction of their own (each alone if one fails, so that a bad item fails alone) and records
 * the outcomes in the claiming transaction. A server that dies mid-batch loses nothing: its locks
 * go with its connections, the items are pending again, and an item already applied is found by
 * its source id and recorded as created, not created twice; an item that fails five attempts so
 * is recorded as failed. A dry run applies the items the same way and rolls them back.
 */
@ApplicationScoped
public class ImportWorker {

    private static final int BATCH = 50;
    private static final long IDLE_MILLIS = 1000;
    /** Items applied on this server between two refreshes of the statistics. */
    private static final int ANALYZE_EVERY = 1000;
    /** A batch applied item by item (after one failed) may take long; its locks go with it if it takes longer. */
    private static final int BATCH_TIMEOUT_SECONDS = 3600;

    private final ImportQueue queue;
    private final ImportApplier applier;
    private final ImportMetrics metrics;
    private final int threads;
    private final Object wakeUp = new Object();
    private final AtomicLong applied = new AtomicLong();
    private volatile long analyzedAt;
    private ExecutorService workers;
    private volatile boolean stopping;

    ImportWorker(ImportQueue queue, ImportApplier applier, ImportMetrics metrics, BlogConfig config) {
        this.queue = queue;
        this.applier = applier;
        this.metrics = metrics;
        this.threads = config.imports().workers();
    }

    void start(@Observes StartupEvent started) {
        workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "import-worker");
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < threads; i++) {
            workers.execute(this::run);
        }
    }

    /** Lets the batches under way finish; what is left waits for the next start or another server. */
    void stop(@Observes ShutdownEvent stopped) throws InterruptedException {
        stopping = true;
        wake();
        workers.shutdown();
        workers.awaitTermination(20, TimeUnit.SECONDS);
    }

    /** A new import arrived: start on it now rather than at the next look. */
    void wake() {
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    private void run() {
        while (!stopping) {
            boolean worked;
            try {
                worked = workOnce();
            } catch (RuntimeException e) {
                Log.debugf("Imports paused (retried shortly): %s", e.getMessage());
                worked = false;
            }
            if (!worked) {
                synchronized (wakeUp) {
                    try {
                        wakeUp.wait(IDLE_MILLIS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /** Applies one batch of the oldest import that has one free; false when there was nothing to do. */
    boolean workOnce() {
        List<ImportQueue.Work> unfinished = QuarkusTransaction.requiringNew().call(queue::unfinished);
        for (ImportQueue.Work work : unfinished) {
            List<Integer> attempted = QuarkusTransaction.requiringNew().call(() -> queue.countAttempts(work.id(), BATCH));
            if (attempted.isEmpty()) {
                QuarkusTransaction.requiringNew().run(() -> queue.finishIfDone(work.id()));
                continue;
            }
            List<ImportQueue.Outcome> outcomes = QuarkusTransaction.requiringNew().timeout(BATCH_TIMEOUT_SECONDS)
                    .call(() -> applyBatch(work, attempted));
            if (!work.dryRun()) {
                metrics.recorded(outcomes);
            }
            if (applied.get() / ANALYZE_EVERY != analyzedAt) {
                analyzedAt = applied.get() / ANALYZE_EVERY;
                analyze();
            }
            return true;
        }
        return false;
    }

    /**
     * Applies the claimed items in one transaction; if any fails, that transaction is rolled back
     * and each item is applied alone, so that a bad item fails by itself.
     */
    private List<ImportQueue.Outcome> applyBatch(ImportQueue.Work work, List<Integer> attempted) {
        List<ImportQueue.Claimed> claimed = queue.claim(work.id(), attempted);
        if (claimed.isEmpty()) {
            return List.of();
        }
        ImportApplier.Batch batch = new ImportApplier.Batch(work.id(), work.source(), work.format());
        List<ImportQueue.Outcome> outcomes;
        try {
            outcomes = inTransaction(work.dryRun(), () -> {
                applier.prepareTransaction();
                List<ImportQueue.Outcome> applied = new ArrayList<>();
                for (ImportQueue.Claimed item : claimed) {
                    applied.add(ImportQueue.Outcome.of(applier.apply(batch, item.kind(), item.payload())));
                }
                return applied;
            });
        } catch (RuntimeException e) {
            outcomes = claimed.stream().map(item -> alone(work, batch, item)).toList();
        }
        queue.record(work.id(), claimed, outcomes);
        applied.addAndGet(claimed.size());
        return outcomes;
    }

    /** Statistics are a help, not a step of the import: a failure to gather them is logged and passed over. */
    private void analyze() {
        try {
            QuarkusTransaction.requiringNew().run(queue::analyze);
        } catch (RuntimeException e) {
            Log.debugf("Gathering statistics during an import failed: %s", e.getMessage());
        }
    }

    private ImportQueue.Outcome alone(ImportQueue.Work work, ImportApplier.Batch batch, ImportQueue.Claimed item) {
        try {
            return inTransaction(work.dryRun(), () -> {
                applier.prepareTransaction();
                return ImportQueue.Outcome.of(applier.apply(batch, item.kind(), item.payload()));
            });
        } catch (RuntimeException e) {
            // The database was away or busy (a timeout, a deadlock): the item stays pending for another attempt.
            if (DatabaseErrors.isTransient(e) || DatabaseErrors.isUnavailable(e)) {
                return null;
            }
            return new ImportQueue.Outcome("failed", null, reason(e));
        }
    }

    /** Runs the work in a transaction of its own; a dry run's is rolled back, and its result returned all the same. */
    @SuppressWarnings("unchecked")
    private static <T> T inTransaction(boolean dryRun, Callable<T> work) {
        if (!dryRun) {
            return QuarkusTransaction.requiringNew().call(work);
        }
        try {
            QuarkusTransaction.requiringNew().exceptionHandler(failure -> TransactionExceptionResult.ROLLBACK).call(() -> {
                throw new TriedOut(work.call());
            });
            throw new IllegalStateException("A dry run's transaction ended without its result");
        } catch (TriedOut done) {
            return (T) done.result;
        }
    }

    /** Carries a dry run's result out of the transaction it rolls back. */
    private static final class TriedOut extends RuntimeException {
        private final transient Object result;

        TriedOut(Object result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    /** Why an item failed, in words for the report. */
    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof QuarkusTransactionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ApiException api) {
            return api.errors == null || api.errors.isEmpty() ? api.getMessage()
                    : api.errors.stream().map(error -> error.field() + " " + error.message()).reduce((a, b) -> a + "; " + b).orElse("");
        }
        if (cause instanceof JsonProcessingException json) {
            return "The item cannot be read: " + firstLine(json.getOriginalMessage());
        }
        if (cause instanceof IllegalArgumentException) {
            return "The item cannot be read: " + firstLine(cause.getMessage());
        }
        // The report is read by clients: no SQL and no class names in it (API.md, Errors); the log has them.
        Log.warnf(cause, "Importing an item failed: %s", DatabaseErrors.rootMessage(cause));
        return cause instanceof PersistenceException
                ? "The database refused the item" + constraint(cause) + "; the server's log says why."
                : "The item could not be imported; the server's log says why.";
    }

    private static String constraint(Throwable failure) {
        String name = DatabaseErrors.constraintName(failure);
        return name == null || name.isEmpty() ? "" : " (" + name + ")";
    }
}
