package org.renewalledger.command.assessment;

import java.time.Clock;
import java.time.LocalDate;
import org.renewalledger.command.web.CommandAccepted;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.command.web.CommandDispatcher;
import org.renewalledger.kernel.common.ProgrammeTime;
import org.renewalledger.kernel.assessment.RecordSatisfactionSurveyCommand;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code POST /api/assessments/surveys}: a completed compound's satisfaction survey (满意度调查), by its street office. */
@RestController
class SatisfactionSurveyController {


    private final CommandDispatcher dispatcher;
    private final Clock clock;

    SatisfactionSurveyController(CommandDispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** The survey: the compound, its street office, the day surveyed, how many answered and how many are satisfied. */
    record Survey(String compoundId, String streetOffice, LocalDate surveyedOn, Integer respondents, Integer satisfied) {

        RecordSatisfactionSurveyCommand toCommand(LocalDate today) {
            return new RecordSatisfactionSurveyCommand(CompoundId.of(Require.text("compoundId", compoundId, 64)),
                    JurisdictionCode.parse("streetOffice", streetOffice), Require.present("surveyedOn", surveyedOn),
                    Require.present("respondents", respondents), Require.present("satisfied", satisfied), today);
        }
    }

    @Refuses({})
    @PostMapping("/api/assessments/surveys")
    Mono<CommandAccepted> record(@RequestBody Survey request, CommandContext context) {
        return Mono.fromCallable(() -> request.toCommand(ProgrammeTime.today(clock)))
                .flatMap(command -> dispatcher.send(command, context)
                        .then(Mono.just(new CommandAccepted(command.surveyId(), context.correlationId()))));
    }
}
