package org.renewalledger.command.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.renewalledger.command.web.CommandAccepted;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.command.web.CommandDispatcher;
import org.renewalledger.kernel.common.ProgrammeTime;
import org.renewalledger.kernel.assessment.ListPlanCompoundsCommand;
import org.renewalledger.kernel.assessment.PlanTier;
import org.renewalledger.kernel.assessment.PlannedCompound;
import org.renewalledger.kernel.assessment.ResponsibleUnits;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code POST /api/assessments/plans/compounds}: the compounds of a unit's annual plan, in batches (实施/谋划/储备). */
@RestController
class PlanCompoundsController {


    private final CommandDispatcher dispatcher;
    private final Clock clock;

    PlanCompoundsController(CommandDispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** A compound and its batch. */
    record Named(String compoundId, PlanTier tier) {
    }

    /** The plan (unit, assessing jurisdiction, year) and its compounds. */
    record Listing(String unitKind, String unitId, String assessingJurisdiction, Integer year, List<Named> compounds) {

        ListPlanCompoundsCommand toCommand(LocalDate today) {
            List<PlannedCompound> named = Require.present("compounds", compounds).stream()
                    .map(c -> new PlannedCompound(CompoundId.of(Require.text("compoundId", c.compoundId(), 64)), c.tier()))
                    .toList();
            return new ListPlanCompoundsCommand(ResponsibleUnits.parse(unitKind, unitId),
                    JurisdictionCode.parse("assessingJurisdiction", assessingJurisdiction), Require.present("year", year), named,
                    today);
        }
    }

    @Refuses({})
    @PostMapping("/api/assessments/plans/compounds")
    Mono<CommandAccepted> list(@RequestBody Listing request, CommandContext context) {
        return Mono.fromCallable(() -> request.toCommand(ProgrammeTime.today(clock)))
                .flatMap(command -> dispatcher.send(command, context)
                        .then(Mono.just(new CommandAccepted(command.planId(), context.correlationId()))));
    }
}
