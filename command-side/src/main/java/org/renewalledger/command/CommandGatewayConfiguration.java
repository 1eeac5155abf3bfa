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
 * <p>A retry runs on the scheduler's own thread, in a transaction of its own. For a command an event handler sent
 * in its processor's transaction, that transaction is already marked for rollback by the conflict, so the
 * processor handles the event again; the handlers that send commands are idempotent, so the second delivery
 * sends commands that write nothing.
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
