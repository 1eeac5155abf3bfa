package org.renewalledger.command.access;

import java.util.concurrent.Callable;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.command.web.CommandAccepted;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.command.web.CommandDispatcher;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Records who answers for what (docs/SECURITY.md): the housing bureau binds the units contracted on a project, the
 * street office its compound's owners' committee. An unbinding is a new event; nothing is deleted.
 */
@RestController
class BindingController {

    private final CommandDispatcher dispatcher;

    BindingController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Refuses({})
    @PostMapping("/api/projects/{projectId}/contractors")
    Mono<CommandAccepted> bindContractor(@PathVariable String projectId, @RequestBody BindingRequests.Contractor request,
                                         CommandContext context) {
        return send(projectId, () -> request.toCommand(projectId), context);
    }

    @Refuses({ErrorCode.BINDING_NOT_FOUND})
    @PostMapping("/api/projects/{projectId}/contractors/{contractorId}/unbinding")
    Mono<CommandAccepted> unbindContractor(@PathVariable String projectId, @PathVariable String contractorId,
                                           @RequestBody BindingRequests.ContractorUnbinding request, CommandContext context) {
        return send(projectId, () -> request.toCommand(projectId, contractorId), context);
    }

    @Refuses({})
    @PostMapping("/api/compounds/{compoundId}/owners-committee")
    Mono<CommandAccepted> bindCommittee(@PathVariable String compoundId, @RequestBody BindingRequests.Committee request,
                                        CommandContext context) {
        return send(compoundId, () -> request.toCommand(compoundId), context);
    }

    @Refuses({ErrorCode.BINDING_NOT_FOUND})
    @PostMapping("/api/compounds/{compoundId}/owners-committee/{committeeId}/unbinding")
    Mono<CommandAccepted> unbindCommittee(@PathVariable String compoundId, @PathVariable String committeeId,
                                          @RequestBody BindingRequests.CommitteeUnbinding request, CommandContext context) {
        return send(compoundId, () -> request.toCommand(compoundId, committeeId), context);
    }

    /**
     * Every binding endpoint's one shape: build the command from the path and body (bad input is a 400 before anything
     * is sent), send it, and answer with the path's id and the correlation id the event carries.
     */
    private Mono<CommandAccepted> send(String id, Callable<?> command, CommandContext context) {
        return Mono.fromCallable(command)
                .flatMap(built -> dispatcher.send(built, context).then(Mono.just(new CommandAccepted(id, context.correlationId()))));
    }
}
