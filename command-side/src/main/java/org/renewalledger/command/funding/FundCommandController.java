package org.renewalledger.command.funding;

import java.net.URI;
import java.util.concurrent.Callable;
import org.renewalledger.command.web.CommandAccepted;
import org.renewalledger.command.web.CommandDispatcher;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.funding.FundEntryReceipt;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Commands on funds (central, province, county) and the link of a project's ledger to its compound. As for
 * project ledgers: a new entry answers 201, a retry of a processed idempotency key 200 with the first entry;
 * there is no delete, corrections are reversing entries.
 */
@RestController
class FundCommandController {

    private final CommandDispatcher dispatcher;

    FundCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Refuses({ErrorCode.IDEMPOTENCY_KEY_REUSED})
    @PostMapping("/api/funds/{fundId}/commitments")
    Mono<ResponseEntity<FundEntryReceipt>> commit(@PathVariable String fundId, @RequestBody FundRequests.Commitment request,
                                                  CommandContext context) {
        return record(fundId, () -> request.toCommand(fundId), context);
    }

    @Refuses({ErrorCode.FUND_NOT_FOUND, ErrorCode.FUND_ALLOCATION_EXCEEDS_AVAILABLE, ErrorCode.FUND_TARGET_NOT_BELOW,
            ErrorCode.IDEMPOTENCY_KEY_REUSED})
    @PostMapping("/api/funds/{fundId}/allocations")
    Mono<ResponseEntity<FundEntryReceipt>> allocate(@PathVariable String fundId, @RequestBody FundRequests.Allocation request,
                                                    CommandContext context) {
        return record(fundId, () -> request.toCommand(fundId), context);
    }

    @Refuses({ErrorCode.FUND_NOT_FOUND, ErrorCode.FUND_ENTRY_NOT_FOUND, ErrorCode.ENTRY_ALREADY_REVERSED,
            ErrorCode.ENTRY_NOT_REVERSIBLE, ErrorCode.REVERSAL_WOULD_UNBALANCE_FUND, ErrorCode.IDEMPOTENCY_KEY_REUSED})
    @PostMapping("/api/funds/{fundId}/reversals")
    Mono<ResponseEntity<FundEntryReceipt>> reverse(@PathVariable String fundId, @RequestBody FundRequests.Reversal request,
                                                   CommandContext context) {
        return record(fundId, () -> request.toCommand(fundId), context);
    }

    @Refuses({ErrorCode.FUNDING_ALREADY_LINKED, ErrorCode.FUNDING_JURISDICTION_MISMATCH})
    @PostMapping("/api/projects/{projectId}/funding/compound-link")
    Mono<CommandAccepted> link(@PathVariable String projectId, @RequestBody FundRequests.CompoundLink request,
                               CommandContext context) {
        return Mono.fromCallable(() -> request.toCommand(projectId))
                .flatMap(command -> dispatcher.send(command, context)
                        .then(Mono.just(new CommandAccepted(command.projectId().value(), context.correlationId()))));
    }

    private Mono<ResponseEntity<FundEntryReceipt>> record(String fundId, Callable<Object> command, CommandContext context) {
        return Mono.fromCallable(command)
                .flatMap(valid -> dispatcher.<FundEntryReceipt>sendTo(valid, context, ErrorCode.FUND_NOT_FOUND,
                        "Fund " + fundId + " has no entries yet: commit to it, or allocate to it from the level above, first"))
                .map(FundCommandController::answer);
    }

    private static ResponseEntity<FundEntryReceipt> answer(FundEntryReceipt receipt) {
        if (receipt.replayed()) {
            return ResponseEntity.ok(receipt);
        }
        return ResponseEntity.created(URI.create("/api/funds/" + receipt.fundId())).body(receipt);
    }
}
