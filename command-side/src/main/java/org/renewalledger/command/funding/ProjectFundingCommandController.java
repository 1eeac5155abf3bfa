package org.renewalledger.command.funding;

import java.net.URI;
import java.util.concurrent.Callable;
import org.renewalledger.command.web.CommandAccepted;
import org.renewalledger.command.web.CommandDispatcher;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.funding.LedgerEntryReceipt;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Commands on a project's funding ledger. A money command that records a new entry answers 201 with the
 * entry's id; a retry with an idempotency key already processed answers 200 with the first entry and
 * writes nothing. There is no delete: corrections are reversing entries.
 */
@RestController
@RequestMapping("/api/projects/{projectId}/funding")
class ProjectFundingCommandController {

    private final CommandDispatcher dispatcher;

    ProjectFundingCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Refuses({ErrorCode.FUNDING_JURISDICTION_MISMATCH, ErrorCode.IDEMPOTENCY_KEY_REUSED,
            ErrorCode.ALLOCATION_EXCEEDS_APPROVED_BUDGET, ErrorCode.BUDGET_OVERRIDE_NOT_FOUND})
    @PostMapping("/allocations")
    Mono<ResponseEntity<LedgerEntryReceipt>> allocate(@PathVariable String projectId, @RequestBody ProjectFundingRequests.Allocation request,
                                                      CommandContext context) {
        return record(projectId, () -> request.toCommand(projectId), context);
    }

    @Refuses({ErrorCode.FUNDING_JURISDICTION_MISMATCH, ErrorCode.IDEMPOTENCY_KEY_REUSED})
    @PostMapping("/resident-contributions")
    Mono<ResponseEntity<LedgerEntryReceipt>> contribute(@PathVariable String projectId,
                                                        @RequestBody ProjectFundingRequests.ResidentContribution request,
                                                        CommandContext context) {
        return record(projectId, () -> request.toCommand(projectId), context);
    }

    @Refuses({ErrorCode.FUNDING_JURISDICTION_MISMATCH, ErrorCode.IDEMPOTENCY_KEY_REUSED})
    @PostMapping("/utility-cost-shares")
    Mono<ResponseEntity<LedgerEntryReceipt>> shareUtilityCost(@PathVariable String projectId,
                                                              @RequestBody ProjectFundingRequests.UtilityCostShare request,
                                                              CommandContext context) {
        return record(projectId, () -> request.toCommand(projectId), context);
    }

    @Refuses({ErrorCode.FUNDING_NOT_FOUND, ErrorCode.FUNDING_JURISDICTION_MISMATCH,
            ErrorCode.DISBURSEMENT_EXCEEDS_ALLOCATION, ErrorCode.TRANCHE_NOT_RELEASED, ErrorCode.IDEMPOTENCY_KEY_REUSED})
    @PostMapping("/disbursements")
    Mono<ResponseEntity<LedgerEntryReceipt>> disburse(@PathVariable String projectId, @RequestBody ProjectFundingRequests.Disbursement request,
                                                      CommandContext context) {
        return record(projectId, () -> request.toCommand(projectId), context);
    }

    @Refuses({ErrorCode.FUNDING_NOT_FOUND, ErrorCode.FUNDING_JURISDICTION_MISMATCH,
            ErrorCode.EXPENDITURE_EXCEEDS_DISBURSEMENT, ErrorCode.IDEMPOTENCY_KEY_REUSED})
    @PostMapping("/expenditures")
    Mono<ResponseEntity<LedgerEntryReceipt>> spend(@PathVariable String projectId, @RequestBody ProjectFundingRequests.Expenditure request,
                                                   CommandContext context) {
        return record(projectId, () -> request.toCommand(projectId), context);
    }

    @Refuses({ErrorCode.FUNDING_NOT_FOUND, ErrorCode.FUNDING_JURISDICTION_MISMATCH, ErrorCode.IDEMPOTENCY_KEY_REUSED})
    @PostMapping("/audit-findings")
    Mono<ResponseEntity<LedgerEntryReceipt>> recordFinding(@PathVariable String projectId,
                                                           @RequestBody ProjectFundingRequests.AuditFinding request,
                                                           CommandContext context) {
        return record(projectId, () -> request.toCommand(projectId), context);
    }

    @Refuses({ErrorCode.FUNDING_NOT_FOUND, ErrorCode.FUNDING_JURISDICTION_MISMATCH, ErrorCode.FINDING_NOT_FOUND,
            ErrorCode.CLAWBACK_EXCEEDS_FINDING, ErrorCode.CLAWBACK_EXCEEDS_HELD_FUNDS, ErrorCode.IDEMPOTENCY_KEY_REUSED})
    @PostMapping("/clawbacks")
    Mono<ResponseEntity<LedgerEntryReceipt>> clawBack(@PathVariable String projectId, @RequestBody ProjectFundingRequests.Clawback request,
                                                      CommandContext context) {
        return record(projectId, () -> request.toCommand(projectId), context);
    }

    @Refuses({ErrorCode.FUNDING_NOT_FOUND, ErrorCode.FUNDING_JURISDICTION_MISMATCH, ErrorCode.ENTRY_NOT_FOUND,
            ErrorCode.ENTRY_ALREADY_REVERSED, ErrorCode.ENTRY_NOT_REVERSIBLE, ErrorCode.REVERSAL_WOULD_UNBALANCE_LEDGER,
            ErrorCode.IDEMPOTENCY_KEY_REUSED})
    @PostMapping("/reversals")
    Mono<ResponseEntity<LedgerEntryReceipt>> reverse(@PathVariable String projectId, @RequestBody ProjectFundingRequests.Reversal request,
                                                     CommandContext context) {
        return record(projectId, () -> request.toCommand(projectId), context);
    }

    @Refuses({ErrorCode.FUNDING_NOT_FOUND, ErrorCode.FUNDING_JURISDICTION_MISMATCH, ErrorCode.BUDGET_OVERRIDE_EXISTS,
            ErrorCode.EVIDENCE_NOT_FOUND})
    @PostMapping("/budget-overrides")
    Mono<CommandAccepted> recordOverride(@PathVariable String projectId, @RequestBody ProjectFundingRequests.BudgetOverride request,
                                         CommandContext context) {
        return Mono.fromCallable(() -> request.toCommand(projectId))
                .flatMap(command -> dispatcher.send(command, context)
                        .then(Mono.just(new CommandAccepted(command.projectId().value(), context.correlationId()))));
    }

    @Refuses({ErrorCode.FUNDING_NOT_FOUND, ErrorCode.FUNDING_JURISDICTION_MISMATCH, ErrorCode.EVIDENCE_NOT_FOUND})
    @PostMapping("/cost-figures")
    Mono<CommandAccepted> recordCostFigure(@PathVariable String projectId, @RequestBody ProjectFundingRequests.CostFigure request,
                                           CommandContext context) {
        return Mono.fromCallable(() -> request.toCommand(projectId))
                .flatMap(command -> dispatcher.send(command, context)
                        .then(Mono.just(new CommandAccepted(command.projectId().value(), context.correlationId()))));
    }

    @Refuses({ErrorCode.FUNDING_NOT_FOUND, ErrorCode.FUNDING_JURISDICTION_MISMATCH})
    @PostMapping("/milestones")
    Mono<CommandAccepted> recordMilestone(@PathVariable String projectId, @RequestBody ProjectFundingRequests.Milestone request,
                                          CommandContext context) {
        return Mono.fromCallable(() -> request.toCommand(projectId))
                .flatMap(command -> dispatcher.send(command, context)
                        .then(Mono.just(new CommandAccepted(command.projectId().value(), context.correlationId()))));
    }

    private Mono<ResponseEntity<LedgerEntryReceipt>> record(String projectId, Callable<Object> command,
                                                            CommandContext context) {
        return Mono.fromCallable(command)
                .flatMap(valid -> dispatcher.<LedgerEntryReceipt>sendTo(valid, context, ErrorCode.FUNDING_NOT_FOUND,
                        "Project " + projectId + " has no funding ledger yet: allocate to it first"))
                .map(ProjectFundingCommandController::answer);
    }

    private static ResponseEntity<LedgerEntryReceipt> answer(LedgerEntryReceipt receipt) {
        if (receipt.replayed()) {
            return ResponseEntity.ok(receipt);
        }
        return ResponseEntity.created(URI.create("/api/projects/" + receipt.projectId() + "/funding/ledger")).body(receipt);
    }
}
