package org.renewalledger.command.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.renewalledger.command.web.CommandAccepted;
import org.renewalledger.command.web.CommandDispatcher;
import org.renewalledger.command.web.CorrelationHeader;
import org.renewalledger.kernel.assessment.RecordSatisfactionSurveyCommand;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code POST /api/assessments/surveys}: a completed compound's satisfaction survey (满意度调查), by its street office. */
@RestController
class SatisfactionSurveyController {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

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

    @PostMapping("/api/assessments/surveys")
    Mono<CommandAccepted> record(@RequestBody Survey request, @AuthenticationPrincipal Actor actor,
                                 @RequestHeader(CorrelationHeader.NAME) String correlationId) {
        return Mono.fromCallable(() -> request.toCommand(LocalDate.now(clock.withZone(BEIJING))))
                .flatMap(command -> dispatcher.send(command, actor, correlationId)
                        .then(Mono.just(new CommandAccepted(command.surveyId(), correlationId))));
    }
}
