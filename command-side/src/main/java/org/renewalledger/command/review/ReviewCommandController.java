package org.renewalledger.command.review;

import java.net.URI;
import java.util.function.Function;
import org.renewalledger.command.web.CommandAccepted;
import org.renewalledger.command.web.CommandDispatcher;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.review.CaseId;
import org.renewalledger.kernel.review.RecordFindingCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The disciplinary review's commands (docs/REVIEW.md). Dates of each step come from the injected clock, in the aggregate. */
@RestController
class ReviewCommandController {

    private final CommandDispatcher dispatcher;

    ReviewCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Refuses({ErrorCode.REVIEW_CASE_EXISTS})
    @PostMapping("/api/review-cases")
    Mono<ResponseEntity<CommandAccepted>> recordFinding(@RequestBody ReviewRequests.Finding request, CommandContext context) {
        return Mono.fromCallable(request::toCommand)
                .flatMap(command -> dispatcher.create(command, context, ErrorCode.REVIEW_CASE_EXISTS)
                        .then(Mono.just(created((RecordFindingCommand) command, context.correlationId()))));
    }

    @Refuses({ErrorCode.REVIEW_CASE_NOT_FOUND, ErrorCode.REVIEW_STEP_OUT_OF_ORDER, ErrorCode.REVIEW_CASE_ENDED})
    @PostMapping("/api/review-cases/{caseId}/conclusion")
    Mono<ResponseEntity<CommandAccepted>> conclude(@PathVariable String caseId, @RequestBody ReviewRequests.Conclusion request,
                                                   CommandContext context) {
        return send(caseId, request::toCommand, context);
    }

    @Refuses({ErrorCode.REVIEW_CASE_NOT_FOUND, ErrorCode.REVIEW_CASE_ENDED, ErrorCode.OBJECTION_PENDING})
    @PostMapping("/api/review-cases/{caseId}/measures")
    Mono<ResponseEntity<CommandAccepted>> measure(@PathVariable String caseId, @RequestBody ReviewRequests.MeasureTaken request,
                                                  CommandContext context) {
        return send(caseId, request::toCommand, context);
    }

    @Refuses({ErrorCode.REVIEW_CASE_NOT_FOUND, ErrorCode.REVIEW_STEP_OUT_OF_ORDER, ErrorCode.REVIEW_CASE_ENDED,
            ErrorCode.OBJECTION_PENDING, ErrorCode.RECTIFICATION_DEADLINE_INVALID})
    @PostMapping("/api/review-cases/{caseId}/rectification-order")
    Mono<ResponseEntity<CommandAccepted>> orderRectification(@PathVariable String caseId,
                                                             @RequestBody ReviewRequests.RectificationOrder request,
                                                             CommandContext context) {
        return send(caseId, request::toCommand, context);
    }

    @Refuses({ErrorCode.REVIEW_CASE_NOT_FOUND, ErrorCode.REVIEW_STEP_OUT_OF_ORDER, ErrorCode.REVIEW_CASE_ENDED})
    @PostMapping("/api/review-cases/{caseId}/evidence")
    Mono<ResponseEntity<CommandAccepted>> evidence(@PathVariable String caseId, @RequestBody ReviewRequests.Evidence request,
                                                   CommandContext context) {
        return send(caseId, request::toCommand, context);
    }

    @Refuses({ErrorCode.REVIEW_CASE_NOT_FOUND, ErrorCode.REVIEW_STEP_OUT_OF_ORDER, ErrorCode.REVIEW_CASE_ENDED})
    @PostMapping("/api/review-cases/{caseId}/verification")
    Mono<ResponseEntity<CommandAccepted>> verify(@PathVariable String caseId, @RequestBody ReviewRequests.Verification request,
                                                 CommandContext context) {
        return send(caseId, request::toCommand, context);
    }

    @Refuses({ErrorCode.REVIEW_CASE_NOT_FOUND, ErrorCode.REVIEW_STEP_OUT_OF_ORDER, ErrorCode.REVIEW_CASE_ENDED,
            ErrorCode.OBJECTION_PERIOD_OVER})
    @PostMapping("/api/review-cases/{caseId}/objection")
    Mono<ResponseEntity<CommandAccepted>> object(@PathVariable String caseId, @RequestBody ReviewRequests.Objection request,
                                                 CommandContext context) {
        return send(caseId, request::toCommand, context);
    }

    @Refuses({ErrorCode.REVIEW_CASE_NOT_FOUND, ErrorCode.REVIEW_STEP_OUT_OF_ORDER, ErrorCode.REVIEW_CASE_ENDED})
    @PostMapping("/api/review-cases/{caseId}/objection-decision")
    Mono<ResponseEntity<CommandAccepted>> decideObjection(@PathVariable String caseId,
                                                          @RequestBody ReviewRequests.ObjectionDecision request,
                                                          CommandContext context) {
        return send(caseId, request::toCommand, context);
    }

    @Refuses({ErrorCode.REVIEW_CASE_NOT_FOUND, ErrorCode.REVIEW_STEP_OUT_OF_ORDER, ErrorCode.REVIEW_CASE_ENDED,
            ErrorCode.OBJECTION_PENDING})
    @PostMapping("/api/review-cases/{caseId}/referral")
    Mono<ResponseEntity<CommandAccepted>> refer(@PathVariable String caseId, @RequestBody ReviewRequests.Referral request,
                                                CommandContext context) {
        return send(caseId, request::toCommand, context);
    }

    @Refuses({ErrorCode.REVIEW_CASE_NOT_FOUND, ErrorCode.REVIEW_CASE_ENDED, ErrorCode.OBJECTION_PENDING,
            ErrorCode.RECTIFICATION_NOT_VERIFIED})
    @PostMapping("/api/review-cases/{caseId}/closure")
    Mono<ResponseEntity<CommandAccepted>> close(@PathVariable String caseId, @RequestBody ReviewRequests.Closure request,
                                                CommandContext context) {
        return send(caseId, request::toCommand, context);
    }

    /** The review office grants or declines a proposed reward (表彰, 资金倾斜). */
    @Refuses({ErrorCode.REWARD_NOT_PROPOSED, ErrorCode.REWARD_ALREADY_DECIDED})
    @PostMapping("/api/review/rewards/decision")
    Mono<ResponseEntity<CommandAccepted>> decideReward(@RequestBody ReviewRequests.RewardDecision request,
                                                       CommandContext context) {
        return Mono.fromCallable(request::toCommand)
                .flatMap(command -> dispatcher.sendTo(command, context, ErrorCode.REWARD_NOT_PROPOSED)
                        .then(Mono.just(ResponseEntity.ok(new CommandAccepted(command.standingId().value(), context.correlationId())))));
    }

    private Mono<ResponseEntity<CommandAccepted>> send(String caseId, Function<CaseId, Object> toCommand,
                                                       CommandContext context) {
        return dispatcher.accept(caseId, id -> CaseId.of(Require.text("caseId", id, 64)), toCommand, context,
                ErrorCode.REVIEW_CASE_NOT_FOUND);
    }

    private static ResponseEntity<CommandAccepted> created(RecordFindingCommand command, String correlationId) {
        return ResponseEntity.created(URI.create("/api/review-cases/" + command.caseId().value()))
                .body(new CommandAccepted(command.caseId().value(), correlationId));
    }
}
