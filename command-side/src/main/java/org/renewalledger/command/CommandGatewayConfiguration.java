package org.renewalledger.command;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command gateway every sender uses (HTTP endpoints through the {@code CommandDispatcher}, the event handlers
 * that send commands), with the retry of a lost optimistic-concurrency race: within one process Axon's aggregate
 * lock serialises the commands on a stream, so a race is lost to another process or after a cache-miss reload.
 * It takes the place of the gateway Axon's auto-configuration builds, which has no retry.
 *
 * <p>A lost race is usually a stale cache entry: another process appended to the aggregate since this one cached
 * it. The append fails on the stream's unique sequence, Axon's caching repository drops the entry when the command's
 * unit of work rolls back, and the retry, on the scheduler's own thread and in a transaction of its own, loads the
 * fresh stream and decides again. A command an event handler sends runs in a unit of work nested in its
 * processor's, whose events are appended when the processor's transaction commits: there the conflict fails that
 * commit rather than the command, the rollback drops the entry just the same, and the processor handles the event
 * again; the handlers that send commands are idempotent, so the redelivery writes nothing twice
 * ({@code StaleCacheRetryTest}).
 */
@Configuration(proxyBeanMethods = false)
class CommandGatewayConfiguration {

    /** At most 5 retries, 20, 40, 80, 160 and 320 ms after each lost race; then the conflict is the sender's (409). */
    @Bean(destroyMethod = "shutdown")
    StreamConflictRetryScheduler commandRetryScheduler(@Value("${renewal.commands.retry-threads:4}") int threads) {
        return StreamConflictRetryScheduler.create(5, 20, threads);
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, RetryScheduler commandRetryScheduler) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(commandRetryScheduler)
                .build();
    }
}
