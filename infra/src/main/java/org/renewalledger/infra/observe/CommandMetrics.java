package org.renewalledger.infra.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.renewalledger.command.observe.CommandOutcomes;
import org.renewalledger.kernel.common.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code renewal_commands_total{command, outcome, code}}: every command handled, by its type and how it ended
 * ({@code accepted}, {@code refused} with the refusal's {@code ErrorCode}, or {@code failed}), and one log line for
 * each refusal and failure (with the request's correlation id, user and jurisdiction, CommandLogContext).
 */
@Component
class CommandMetrics implements CommandOutcomes {

    static final String METER = "renewal.commands";
    private static final Logger log = LoggerFactory.getLogger(CommandMetrics.class);

    private final MeterRegistry registry;

    CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void accepted(CommandMessage<?> command) {
        count(command, "accepted", "none");
        log.debug("Command {} accepted", name(command));
    }

    @Override
    public void refused(CommandMessage<?> command, DomainException refusal) {
        count(command, "refused", refusal.code().name());
        log.info("Command {} refused: {}", name(command), refusal.code());
    }

    @Override
    public void failed(CommandMessage<?> command, Throwable failure) {
        if (failure instanceof AggregateNotFoundException) {
            // the dispatcher answers it as the resource's 404 (or opens the missing consent count): a refusal
            count(command, "refused", "NOT_FOUND");
            log.info("Command {} refused: the aggregate it names has no events", name(command));
            return;
        }
        count(command, "failed", "none");
        log.warn("Command {} failed: {}", name(command), failure.toString());
    }

    private void count(CommandMessage<?> command, String outcome, String code) {
        Counter.builder(METER).description("Commands handled, by type and outcome")
                .tag("command", name(command)).tag("outcome", outcome).tag("code", code)
                .register(registry).increment();
    }

    private static String name(CommandMessage<?> command) {
        return command.getPayloadType().getSimpleName();
    }
}
