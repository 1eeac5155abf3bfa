package org.renewalledger.command.compound;

import java.time.Clock;
import java.util.function.Function;
import org.renewalledger.command.web.CommandAccepted;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.command.web.CommandDispatcher;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ProgrammeTime;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.compound.ApproveSchemeCommand;
import org.renewalledger.kernel.compound.CloseElevatorConsentCommand;
import org.renewalledger.kernel.compound.RecordConsentCommand;
import org.renewalledger.kernel.compound.RecordElevatorConsentCommand;
import org.renewalledger.kernel.compound.StairwellUnit;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The renovation lifecycle over HTTP: one POST per step on a registered compound. Every step answers 200
 * with the correlation id its events carry, or a problem naming the rule that refused it. Times the domain
 * needs ("decided today", "recorded now") are stamped here from the injected clock, never in the aggregate.
 */
@RestController
@RequestMapping("/api/compounds/{compoundId}")
class LifecycleCommandController {

    private final CommandDispatcher dispatcher;
    private final Clock clock;
    LifecycleCommandController(CommandDispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER, ErrorCode.CLAIMED_DATE_IN_FUTURE,
            ErrorCode.BACKDATING_REASON_REQUIRED})
    @PostMapping("/wishes-survey")
    Mono<ResponseEntity<CommandAccepted>> wishesSurvey(@PathVariable String compoundId, @RequestBody WishesSurveyRequest request,
                                                       CommandContext context) {
        return send(compoundId, request::toCommand, context);
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER, ErrorCode.CONSENT_COUNT_NOT_CLOSED,
            ErrorCode.CONSENT_THRESHOLD_NOT_MET, ErrorCode.CLAIMED_DATE_IN_FUTURE, ErrorCode.BACKDATING_REASON_REQUIRED})
    @PostMapping("/application")
    Mono<ResponseEntity<CommandAccepted>> application(@PathVariable String compoundId, @RequestBody ApplicationRequest request,
                                                      CommandContext context) {
        return send(compoundId, request::toCommand, context);
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER, ErrorCode.CLAIMED_DATE_IN_FUTURE,
            ErrorCode.BACKDATING_REASON_REQUIRED})
    @PostMapping("/self-governance")
    Mono<ResponseEntity<CommandAccepted>> selfGovernance(@PathVariable String compoundId, @RequestBody SelfGovernanceRequest request,
                                                         CommandContext context) {
        return send(compoundId, request::toCommand, context);
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER,
            ErrorCode.FUNDING_DOES_NOT_COVER_BUDGET, ErrorCode.RESIDENT_SHARE_TOO_LOW})
    @PostMapping("/scheme")
    Mono<ResponseEntity<CommandAccepted>> scheme(@PathVariable String compoundId, @RequestBody SchemeRequest request,
                                                 CommandContext context) {
        return send(compoundId, request::toCommand, context);
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER, ErrorCode.HOLIDAY_CALENDAR_MISSING})
    @PostMapping("/notice")
    Mono<ResponseEntity<CommandAccepted>> notice(@PathVariable String compoundId, @RequestBody NoticeRequest request,
                                                 CommandContext context) {
        return send(compoundId, request::toCommand, context);
    }

    /** Opens the elevator count of one stairwell unit (加装电梯). */
    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER, ErrorCode.ROSTER_REQUIRED,
            ErrorCode.ELECTORATE_DISAGREES_WITH_ROSTER, ErrorCode.OWNER_NOT_ON_ROSTER})
    @PostMapping("/elevators/{unit}")
    Mono<ResponseEntity<CommandAccepted>> openElevatorCount(@PathVariable String compoundId, @PathVariable String unit,
                                                            @RequestBody ElevatorCountRequest request,
                                                            CommandContext context) {
        return send(compoundId, id -> request.toCommand(id, unit), context);
    }

    /**
     * A vote on a stairwell's elevator, straight to that stairwell's count: it names a roster unit of the stairwell
     * ({@code unit}, or its code in {@code owner}) or an owner of one; the area comes from the roster.
     */
    @Refuses({ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER, ErrorCode.CONSENT_COUNT_CLOSED, ErrorCode.OWNER_NOT_ON_ROSTER,
            ErrorCode.AREA_DISAGREES_WITH_ROSTER})
    @PostMapping("/elevators/{unit}/consent")
    Mono<ResponseEntity<CommandAccepted>> elevatorConsent(@PathVariable String compoundId, @PathVariable String unit,
                                                          @RequestBody ConsentRequest request,
                                                          CommandContext context) {
        return Mono.fromCallable(() -> {
                    CompoundId id = CompoundId.parse(compoundId);
                    if (request.details() != null) {
                        throw DomainException.invalid("ownerName",
                                "Personal details are recorded with the compound's consent register, not with an elevator vote");
                    }
                    RecordConsentCommand vote = request.toCommand(id, ConsentMatter.SCHEME, clock.instant());
                    OwnerReference voter = vote.unit() != null ? new OwnerReference(vote.unit().value()) : vote.owner();
                    return new RecordElevatorConsentCommand(id, new StairwellUnit(unit), voter, vote.exclusiveArea(),
                            vote.choice(), vote.channel(), vote.castAt());
                })
                .flatMap(command -> dispatcher.sendTo(command, context, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER,
                                "No elevator count is open for stairwell unit " + unit + " (an elevator count an earlier "
                                        + "version opened moves to its own record when it is opened again)")
                        .then(Mono.just(ResponseEntity.ok(new CommandAccepted(compoundId, context.correlationId())))));
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER, ErrorCode.CONSENT_COUNT_CLOSED})
    @PostMapping("/elevators/{unit}/close")
    Mono<ResponseEntity<CommandAccepted>> closeElevatorCount(@PathVariable String compoundId, @PathVariable String unit,
                                                             CommandContext context) {
        return send(compoundId, id -> new CloseElevatorConsentCommand(id, new StairwellUnit(unit), clock.instant()),
                context);
    }

    /** 方案审定, decided today (Beijing date). */
    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER, ErrorCode.CONSENT_COUNT_NOT_CLOSED,
            ErrorCode.CONSENT_THRESHOLD_NOT_MET, ErrorCode.NOTICE_PERIOD_NOT_OVER, ErrorCode.HOLIDAY_CALENDAR_MISSING,
            ErrorCode.SELF_GOVERNANCE_MISSING})
    @PostMapping("/approval")
    Mono<ResponseEntity<CommandAccepted>> approve(@PathVariable String compoundId, CommandContext context) {
        return send(compoundId, id -> new ApproveSchemeCommand(id, ProgrammeTime.today(clock)), context);
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER,
            ErrorCode.COMPLETION_WITHOUT_RESIDENTS})
    @PostMapping("/milestones")
    Mono<ResponseEntity<CommandAccepted>> milestone(@PathVariable String compoundId, @RequestBody MilestoneRequest request,
                                                    CommandContext context) {
        return send(compoundId, request::toCommand, context);
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER})
    @PostMapping("/progress")
    Mono<ResponseEntity<CommandAccepted>> progress(@PathVariable String compoundId, @RequestBody ProgressRequest request,
                                                   CommandContext context) {
        return send(compoundId, request::toCommand, context);
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER})
    @PostMapping("/complaints")
    Mono<ResponseEntity<CommandAccepted>> complaint(@PathVariable String compoundId, @RequestBody ComplaintRequest request,
                                                    CommandContext context) {
        return send(compoundId, id -> request.toCommand(id, clock.instant()), context);
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER,
            ErrorCode.MAINTENANCE_FUND_OUT_OF_RANGE})
    @PostMapping("/long-term-management")
    Mono<ResponseEntity<CommandAccepted>> longTermManagement(@PathVariable String compoundId,
                                                             @RequestBody LongTermManagementRequest request,
                                                             CommandContext context) {
        return send(compoundId, request::toCommand, context);
    }

    private Mono<ResponseEntity<CommandAccepted>> send(String compoundId, Function<CompoundId, Object> toCommand,
                                                       CommandContext context) {
        return dispatcher.accept(compoundId, CompoundId::parse, toCommand, context, ErrorCode.COMPOUND_NOT_FOUND);
    }
}
