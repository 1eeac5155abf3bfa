package org.renewalledger.command.compound;

import java.time.Clock;
import java.util.function.Function;
import org.renewalledger.command.privacy.PersonalDataSealer;
import org.renewalledger.command.web.CommandAccepted;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.command.web.CommandDispatcher;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.compound.CloseConsentCountCommand;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.OpenConsentCountCommand;
import org.renewalledger.kernel.privacy.DataSubject;
import org.renewalledger.kernel.privacy.ResidentDetails;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The owners' consent over HTTP: open a count (freezing its electorate from the owners' roster), record votes one
 * by one or as a survey sheet, close the count. Votes name units on the roster; the area and headcount they carry
 * come from it. Times the domain needs are stamped here from the injected clock, never in the aggregate.
 */
@RestController
@RequestMapping("/api/compounds/{compoundId}/consent/{matter}")
class ConsentCommandController {

    private final CommandDispatcher dispatcher;
    private final Clock clock;
    private final PersonalDataSealer sealer;

    ConsentCommandController(CommandDispatcher dispatcher, Clock clock, PersonalDataSealer sealer) {
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.sealer = sealer;
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.CONSENT_COUNT_CLOSED, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER,
            ErrorCode.ROSTER_REQUIRED, ErrorCode.OWNER_NOT_ON_ROSTER, ErrorCode.AREA_DISAGREES_WITH_ROSTER,
            ErrorCode.CONSENT_AREA_CHANGED})
    @PostMapping
    Mono<ResponseEntity<CommandAccepted>> consent(@PathVariable String compoundId, @PathVariable ConsentMatter matter,
                                                  @RequestBody ConsentRequest request, CommandContext context) {
        // The vote is validated whole before the personal data is sealed (a blocking call to the vault).
        return Mono.fromCallable(() -> request.toCommand(CompoundId.parse(compoundId), matter, clock.instant()))
                .flatMap(vote -> {
                    ResidentDetails details = request.details();
                    if (details == null) {
                        return Mono.just(vote);
                    }
                    return Mono.fromCallable(() -> vote.withOwnerDetails(
                                    sealer.seal(DataSubject.ownerOf(vote.compoundId(), request.ownerReference()), details)))
                            .subscribeOn(Schedulers.boundedElastic());
                })
                .flatMap(command -> sendVotes(command, command.compoundId(), matter, command.castAt(), context)
                        .then(Mono.just(ResponseEntity.ok(new CommandAccepted(compoundId, context.correlationId())))));
    }

    /**
     * Votes go straight to the count's own stream (ConsentCount). Where the count has none yet, or its last round
     * closed, the compound decides whether a count opens now (the first vote opens it, a revised scheme is counted
     * anew; an earlier version's open count moves to its own stream) or refuses as it would refuse the vote; then
     * the votes go again. Two first votes at once both open it: the compound takes the second opening as done.
     */
    private Mono<Void> sendVotes(Object votes, CompoundId id, ConsentMatter matter, java.time.Instant at,
                                 CommandContext context) {
        return dispatcher.send(votes, context)
                .then()
                .onErrorResume(ConsentCommandController::noOpenCount, none -> dispatcher
                        .sendTo(new OpenConsentCountCommand(id, matter, at, true), context, ErrorCode.COMPOUND_NOT_FOUND)
                        .then(dispatcher.sendTo(votes, context, ErrorCode.COMPOUND_NOT_FOUND))
                        .then());
    }

    private static boolean noOpenCount(Throwable error) {
        return error instanceof AggregateNotFoundException
                || (error instanceof DomainException refusal && refusal.code() == ErrorCode.CONSENT_COUNT_CLOSED);
    }

    /** Bulk import of a consent survey sheet: every vote or none, each checked against the roster (docs/PERFORMANCE.md). */
    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.CONSENT_COUNT_CLOSED, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER,
            ErrorCode.ROSTER_REQUIRED, ErrorCode.OWNER_NOT_ON_ROSTER, ErrorCode.AREA_DISAGREES_WITH_ROSTER,
            ErrorCode.CONSENT_AREA_CHANGED})
    @PostMapping("/import")
    Mono<ResponseEntity<CommandAccepted>> importConsent(@PathVariable String compoundId, @PathVariable ConsentMatter matter,
                                                        @RequestBody ConsentImportRequest request,
                                                        CommandContext context) {
        return Mono.fromCallable(() -> request.toCommand(CompoundId.parse(compoundId), matter, clock.instant()))
                .flatMap(sheet -> sendVotes(sheet, sheet.compoundId(), matter, sheet.votes().get(0).castAt(), context)
                        .then(Mono.just(ResponseEntity.ok(new CommandAccepted(compoundId, context.correlationId())))));
    }

    /** Opens the count now, freezing the roster as its electorate; the first vote opens it otherwise. */
    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.CONSENT_COUNT_CLOSED, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER,
            ErrorCode.ROSTER_REQUIRED})
    @PostMapping("/open")
    Mono<ResponseEntity<CommandAccepted>> openCount(@PathVariable String compoundId, @PathVariable ConsentMatter matter,
                                                    CommandContext context) {
        return send(compoundId, id -> new OpenConsentCountCommand(id, matter, clock.instant()), context);
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.CONSENT_COUNT_CLOSED, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER,
            ErrorCode.ROSTER_REQUIRED, ErrorCode.NOTICE_PERIOD_NOT_OVER})
    @PostMapping("/close")
    Mono<ResponseEntity<CommandAccepted>> closeCount(@PathVariable String compoundId, @PathVariable ConsentMatter matter,
                                                     CommandContext context) {
        return send(compoundId, id -> new CloseConsentCountCommand(id, matter, clock.instant()), context);
    }

    private Mono<ResponseEntity<CommandAccepted>> send(String compoundId, Function<CompoundId, Object> toCommand,
                                                       CommandContext context) {
        return dispatcher.accept(compoundId, CompoundId::parse, toCommand, context, ErrorCode.COMPOUND_NOT_FOUND);
    }
}
