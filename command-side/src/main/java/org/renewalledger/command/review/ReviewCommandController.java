package org.renewalledger.command.review;

import java.net.URI;
import java.util.function.Function;
import org.renewalledger.command.web.CommandAccepted;
import org.renewalledger.command.web.CommandDispatcher;
import org.renewalledger.command.web.CorrelationHeader;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.review.CaseId;
import org.renewalledger.kernel.review.RecordFindingCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The disciplinary review's commands (docs/REVIEW.md). Dates of each step come from the injected clock, in the aggregate. */
@RestController
class ReviewCommandController {

    private final CommandDispatcher dispatcher;

    ReviewCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping("/api/review-cases")
    Mono<ResponseEntity<CommandAccepted>> recordFinding(@RequestBody ReviewRequests.Finding request, @AuthenticationPrincipal Actor actor,
                                                        @RequestHeader(CorrelationHeader.NAME) String correlationId) {
        return Mono.fromCallable(request::toCommand)
                .flatMap(command -> dispatcher.create(command, actor, correlationId, ErrorCode.REVIEW_CASE_EXISTS)
                        .then(Mono.just(created((RecordFindingCommand) command, correlationId))));
    }

    @PostMapping("/api/review-cases/{caseId}/conclusion")
    Mono<ResponseEntity<CommandAccepted>> conclude(@PathVariable String caseId, @RequestBody ReviewRequests.Conclusion request,
                                                   @AuthenticationPrincipal Actor actor,
                                                   @RequestHeader(CorrelationHeader.NAME) String correlationId) {
        return send(caseId, request::toCommand, actor, correlationId);
    }

    @PostMapping("/api/review-cases/{caseId}/measures")
    Mono<ResponseEntity<CommandAccepted>> measure(@PathVariable String caseId, @RequestBody ReviewRequests.MeasureTaken request,
                                                  @AuthenticationPrincipal Actor actor,
                                                  @RequestHeader(CorrelationHeader.NAME) String correlationId) {
        return send(caseId, request::toCommand, actor, correlationId);
    }

    @PostMapping("/api/review-cases/{caseId}/rectification-order")
    Mono<ResponseEntity<CommandAccepted>> orderRectification(@PathVariable String caseId,
                                                             @RequestBody ReviewRequests.RectificationOrder request,
                                                             @AuthenticationPrincipal Actor actor,
                                                             @RequestHeader(CorrelationHeader.NAME) String correlationId) {
        return send(caseId, request::toCommand, actor, correlationId);
    }

    @PostMapping("/api/review-cases/{caseId}/evidence")
    Mono<ResponseEntity<CommandAccepted>> evidence(@PathVariable String caseId, @RequestBody ReviewRequests.Evidence request,
                                                   @AuthenticationPrincipal Actor actor,
                                                   @RequestHeader(CorrelationHeader.NAME) String correlationId) {
        return send(caseId, request::toCommand, actor, correlationId);
    }

    @PostMapping("/api/review-cases/{caseId}/verification")
    Mono<ResponseEntity<CommandAccepted>> verify(@PathVariable String caseId, @RequestBody ReviewRequests.Verification request,
                                                 @AuthenticationPrincipal Actor actor,
                                                 @RequestHeader(CorrelationHeader.NAME) String correlationId) {
        return send(caseId, request::toCommand, actor, correlationId);
    }

    @PostMapping("/api/review-cases/{caseId}/objection")
    Mono<ResponseEntity<CommandAccepted>> object(@PathVariable String caseId, @RequestBody ReviewRequests.Objection request,
                                                 @AuthenticationPrincipal Actor actor,
                                                 @RequestHeader(CorrelationHeader.NAME) String correlationId) {
        return send(caseId, request::toCommand, actor, correlationId);
    }

    @PostMapping("/api/review-cases/{caseId}/objection-decision")
    Mono<ResponseEntity<CommandAccepted>> decideObjection(@PathVariable String caseId,
                                                          @RequestBody ReviewRequests.ObjectionDecision request,
                                                          @AuthenticationPrincipal Actor actor,
                                                          @RequestHeader(CorrelationHeader.NAME) String correlationId) {
        return send(caseId, request::toCommand, actor, correlationId);
    }

    @PostMapping("/api/review-cases/{caseId}/referral")
    Mono<ResponseEntity<CommandAccepted>> refer(@PathVariable String caseId, @RequestBody ReviewRequests.Referral request,
                                                @AuthenticationPrincipal Actor actor,
                                                @RequestHeader(CorrelationHeader.NAME) String correlationId) {
        return send(caseId, request::toCommand, actor, correlationId);
    }

    @PostMapping("/api/review-cases/{caseId}/closure")
    Mono<ResponseEntity<CommandAccepted>> close(@PathVariable String caseId, @RequestBody ReviewRequests.Closure request,
                                                @AuthenticationPrincipal Actor actor,
                                                @RequestHeader(CorrelationHeader.NAME) String correlationId) {
        return send(caseId, request::toCommand, actor, correlationId);
    }

    /** The review office grants or declines a proposed reward (表彰, 资金倾斜). */
    @PostMapping("/api/review/rewards/decision")
    Mono<ResponseEntity<CommandAccepted>> decideReward(@RequestBody ReviewRequests.RewardDecision request,
                                                       @AuthenticationPrincipal Actor actor,
                                                       @RequestHeader(CorrelationHeader.NAME) String correlationId) {
        return Mono.fromCallable(request::toCommand)
                .flatMap(command -> dispatcher.sendTo(command, actor, correlationId, ErrorCode.REWARD_NOT_PROPOSED)
                        .then(Mono.just(ResponseEntity.ok(new CommandAccepted(command.standingId().value(), correlationId)))));
    }

    private Mono<ResponseEntity<CommandAccepted>> send(String caseId, Function<CaseId, Object> toCommand, Actor actor,
                                                       String correlationId) {
        return Mono.fromCallable(() -> toCommand.apply(CaseId.of(Require.text("caseId", caseId, 64))))
                .flatMap(command -> dispatcher.sendTo(command, actor, correlationId, ErrorCode.REVIEW_CASE_NOT_FOUND)
                        .then(Mono.just(ResponseEntity.ok(new CommandAccepted(caseId, correlationId)))));
    }

    private static ResponseEntity<CommandAccepted> created(RecordFindingCommand command, String correlationId) {
        return ResponseEntity.created(URI.create("/api/review-cases/" + command.caseId().value()))
                .body(new CommandAccepted(command.caseId().value(), correlationId));
    }
}
