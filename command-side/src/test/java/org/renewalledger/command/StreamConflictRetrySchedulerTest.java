package org.renewalledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;

class StreamConflictRetrySchedulerTest {

    private final StreamConflictRetryScheduler scheduler = StreamConflictRetryScheduler.create(2, 1, 1);
    private final CommandMessage<String> command = GenericCommandMessage.asCommandMessage("a command");

    @AfterEach
    void stop() {
        scheduler.shutdown();
    }

    @Test
    void shouldRetry_whenTheAppendLostARaceOnAnExistingStream() throws InterruptedException {
        CountDownLatch resent = new CountDownLatch(1);
        ConcurrencyException conflict = new ConcurrencyException("sequence 7 taken", new SQLException("duplicate key", "23505"));

        boolean retried = scheduler.scheduleRetry(command, conflict, history(1, conflict), resent::countDown);

        assertThat(retried).isTrue();
        assertThat(resent.await(5, TimeUnit.SECONDS)).as("the command is sent again").isTrue();
    }

    @Test
    void shouldGiveUp_whenTheRetriesAreSpent() {
        ConcurrencyException conflict = new ConcurrencyException("sequence 7 taken");

        assertThat(scheduler.scheduleRetry(command, conflict, history(3, conflict), () -> { })).isFalse();
    }

    @Test
    void shouldNotRetry_aSecondCreationARefusalOrAMissingAggregate() {
        List<RuntimeException> failures = List.of(
                new AggregateStreamCreationException("stream exists"),
                new DomainException(ErrorCode.DISBURSEMENT_EXCEEDS_ALLOCATION, "over the allocation"),
                new AggregateNotFoundException("p-1", "no such project"));

        for (RuntimeException failure : failures) {
            assertThat(scheduler.scheduleRetry(command, failure, history(1, failure), () -> { })).as(failure.toString()).isFalse();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>[]> history(int failures, Throwable failure) {
        List<Class<? extends Throwable>[]> history = new ArrayList<>();
        for (int i = 0; i < failures; i++) {
            history.add(new Class[] {failure.getClass()});
        }
        return history;
    }
}
