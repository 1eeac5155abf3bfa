package org.renewalledger.command.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.springframework.stereotype.Component;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The one way HTTP handlers send commands. It attaches who and why (actor, correlation id), runs the
 * command off the event loop (the command bus writes to the event store through blocking JDBC), and turns
 * the event store's stream conflicts into domain refusals.
 */
@Component
public class CommandDispatcher {

    private final CommandGateway gateway;
    /** Bounded, so that a burst of commands queues here instead of exhausting the connection pool. */
    private final Scheduler commandScheduler = Schedulers.newBoundedElastic(
            Math.max(4, Runtime.getRuntime().availableProcessors() * 8), 10_000, "command");

    public CommandDispatcher(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Sends a command that creates an aggregate; a second creation of the same id is refused with {@code onDuplicate}. */
    public <R> Mono<R> create(Object command, CommandContext context, ErrorCode onDuplicate) {
        return this.<R>send(command, context)
                .onErrorMap(AggregateStreamCreationException.class,
                        e -> new DomainException(onDuplicate, onDuplicate.title()));
    }

    /** Sends a command to an existing aggregate; an unknown id is refused with {@code onMissing} (404). */
    public <R> Mono<R> sendTo(Object command, CommandContext context, ErrorCode onMissing) {
        return sendTo(command, context, onMissing, onMissing.title());
    }

    /** As {@link #sendTo(Object, CommandContext, ErrorCode)}, with a detail that tells the client what to do. */
    public <R> Mono<R> sendTo(Object command, CommandContext context, ErrorCode onMissing, String detail) {
        return this.<R>send(command, context)
                .onErrorMap(AggregateNotFoundException.class, e -> new DomainException(onMissing, detail));
    }

    /**
     * Sends a command. Optimistic concurrency: if another process appended to the same stream first, the
     * gateway decides the command again on the fresh state a few times (its retry scheduler); a conflict that
     * outlasts those retries reaches the client as a 409.
     */
    public <R> Mono<R> send(Object command, CommandContext context) {
        GenericCommandMessage<Object> message = new GenericCommandMessage<>(command, context.metaData());
        return Mono.defer(() -> Mono.fromFuture(gateway.<R>send(message)))
                .subscribeOn(commandScheduler)
                .onErrorMap(ConcurrencyException.class,
                        e -> new DomainException(ErrorCode.CONCURRENT_MODIFICATION, ErrorCode.CONCURRENT_MODIFICATION.title()));
    }

    /**
     * The step endpoints' one shape: parse the aggregate's id from the path (a bad id is a 400), build the command
     * (bad input is a 400 before anything is sent), send it to that aggregate (an unknown id is {@code onMissing})
     * and answer 200 with the id and the correlation id the events carry.
     */
    public <I> Mono<ResponseEntity<CommandAccepted>> accept(String id, Function<String, I> parse, Function<I, Object> toCommand,
                                                            CommandContext context, ErrorCode onMissing) {
        return Mono.fromCallable(() -> toCommand.apply(parse.apply(id)))
                .flatMap(command -> sendTo(command, context, onMissing)
                        .then(Mono.just(ResponseEntity.ok(new CommandAccepted(id, context.correlationId())))));
    }
}
