package org.renewalledger.command.funding;

import java.net.URI;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.renewalledger.command.web.CommandAccepted;
import org.renewalledger.command.web.CommandDispatcher;
import org.renewalledger.command.web.CorrelationHeader;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.funding.LedgerEntryReceipt;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Money commands on a project's funding ledger. A new entry answers 201; a retry with an idempotency key
 * already processed answers 200 with the first entry and writes nothing.
 */
@RestController
@RequestMapping("/api/projects/{projectId}/funding")
class FundingCommandController {

    private final CommandDispatcher dispatcher;

    FundingCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping("/allocations")
    Mono<ResponseEntity<LedgerEntryReceipt>> allocate(@PathVariable String projectId,
                                                      @RequestBody FundingRequests.Allocation request,
                                                      @AuthenticationPrincipal Actor actor,
                                                      @RequestHeader(CorrelationHeader.NAME) String correlationId) {
        return Mono.fromCallable(() -> request.toCommand(projectId))
                .flatMap(command -> dispatcher.<LedgerEntryReceipt>send(command, actor, correlationId))
                .map(FundingCommandController::answer);
    }

    @PostMapping("/disbursements")
    Mono<ResponseEntity<LedgerEntryReceipt>> disburse(@PathVariable String projectId,
                                                      @RequestBody FundingRequests.Disbursement request,
                                                      @AuthenticationPrincipal Actor actor,
                                                      @RequestHeader(CorrelationHeader.NAME) String correlationId) {
        return Mono.fromCallable(() -> request.toCommand(projectId))
                .flatMap(command -> dispatcher.<LedgerEntryReceipt>send(command, actor, correlationId))
                .onErrorMap(AggregateNotFoundException.class, e -> new DomainException(ErrorCode.FUNDING_NOT_FOUND,
                        "Project " + projectId + " has no allocation to disburse from"))
                .map(FundingCommandController::answer);
    }

    @PostMapping("/milestones")
    Mono<CommandAccepted> recordMilestone(@PathVariable String projectId,
                                          @RequestBody FundingRequests.Milestone request,
                                          @AuthenticationPrincipal Actor actor,
                                          @RequestHeader(CorrelationHeader.NAME) String correlationId) {
        return Mono.fromCallable(() -> request.toCommand(projectId))
                .flatMap(command -> dispatcher.send(command, actor, correlationId)
                        .then(Mono.just(new CommandAccepted(command.projectId().value(), correlationId))));
    }

    private static ResponseEntity<LedgerEntryReceipt> answer(LedgerEntryReceipt receipt) {
        if (receipt.replayed()) {
            return ResponseEntity.ok(receipt);
        }
        return ResponseEntity.created(URI.create("/api/projects/" + receipt.projectId() + "/funding/ledger"))
                .body(receipt);
    }
}
