package org.renewalledger.command;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Axon's exponential back-off retry, for one failure only: a command whose append lost an optimistic-concurrency
 * race on an existing stream. Nothing of that command was stored, so it is decided again on the fresh state. A
 * refusal, a missing aggregate or a second creation of a stream (a duplicate, not a race) fails at once.
 *
 * <p>Axon asks its non-transient predicate about every cause of a failure as well, and a conflict's cause is
 * the database's duplicate-key error; so the decision is made here, on the failure itself.
 */
class StreamConflictRetryScheduler extends ExponentialBackOffIntervalRetryScheduler {

    private final ScheduledExecutorService executor;

    private StreamConflictRetryScheduler(ExponentialBackOffIntervalRetryScheduler.Builder builder,
                                         ScheduledExecutorService executor) {
        super(builder);
        this.executor = executor;
    }

    /**
     * Retries {@code maxRetries} times, {@code firstIntervalMillis} after the first lost race and twice as long
     * after each further one, on {@code threads} threads of its own (a retry blocks on JDBC like any command).
     */
    static StreamConflictRetryScheduler create(int maxRetries, long firstIntervalMillis, int threads) {
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(threads, new CustomizableThreadFactory("command-retry-"));
        return new StreamConflictRetryScheduler(ExponentialBackOffIntervalRetryScheduler.builder()
                .retryExecutor(executor)
                .backoffFactor(firstIntervalMillis)
                .maxRetryCount(maxRetries), executor);
    }

    /**
     * Only a {@link ConcurrencyException} is retried. A second creation of a stream fails with Axon's
     * {@link AggregateStreamCreationException}, which is not one, and which the sender reports as a duplicate.
     */
    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        return !(failure instanceof ConcurrencyException);
    }

    void shutdown() {
        executor.shutdown();
    }
}
