package org.renewalledger.command.compound;

import java.time.Clock;
import java.util.function.Function;
import org.renewalledger.command.privacy.PersonalDataSealer;
import org.renewalledger.command.web.CommandAccepted;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.command.web.CommandDispatcher;
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
                .flatMap(command -> dispatcher.sendTo(command, context, ErrorCode.COMPOUND_NOT_FOUND)
                        .then(Mono.just(ResponseEntity.ok(new CommandAccepted(compoundId, context.correlationId())))));
    }

    /** Bulk import of a consent survey sheet: every vote or none, each checked against the roster (docs/PERFORMANCE.md). */
    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.CONSENT_COUNT_CLOSED, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER,
            ErrorCode.ROSTER_REQUIRED, ErrorCode.OWNER_NOT_ON_ROSTER, ErrorCode.AREA_DISAGREES_WITH_ROSTER,
            ErrorCode.CONSENT_AREA_CHANGED})
    @PostMapping("/import")
    Mono<ResponseEntity<CommandAccepted>> importConsent(@PathVariable String compoundId, @PathVariable ConsentMatter matter,
                                                        @RequestBody ConsentImportRequest request,
                                                        CommandContext context) {
        return send(compoundId, id -> request.toCommand(id, matter, clock.instant()), context);
    }

    /** Opens the count now, freezing the roster as its electorate; the first vote opens it otherwise. */
    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.CONSENT_COUNT_CLOSED, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER,
            ErrorCode.ROSTER_REQUIRED})
    @PostMapping("/open")
    Mono<ResponseEntity<CommandAccepted>> openCount(@PathVariable String compoundId, @PathVariable ConsentMatter matter,
                                                    CommandContext context) {
        return send(compoundId, id -> new OpenConsentCountCommand(id, matter, clock.instant()), context);
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.CONSENT_COUNT_CLOSED, ErrorCode.LIFECYCLE_STEP_OUT_OF_ORDER})
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
