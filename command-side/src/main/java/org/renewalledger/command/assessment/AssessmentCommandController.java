package org.renewalledger.command.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.renewalledger.command.web.CommandAccepted;
import org.renewalledger.command.web.CommandDispatcher;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.kernel.assessment.CloseMonthlyAssessmentCommand;
import org.renewalledger.kernel.assessment.FindMonthlyAssessmentQuery;
import org.renewalledger.kernel.assessment.MonthlyAssessmentView;
import org.renewalledger.kernel.assessment.ReissueMonthlyAssessmentCommand;
import org.renewalledger.kernel.assessment.UnitAssessment;
import org.renewalledger.kernel.assessment.UnitResult;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.ProgrammeTime;
import org.renewalledger.kernel.common.Refuses;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Annual plans, monthly reports, and closing or reissuing a month's assessment. Closing and reissuing take the
 * results from the live assessment ({@link LiveAssessments}: the same computation every reader sees, over the
 * shared database, so any command process can close) and send them in the command, where the aggregate re-checks
 * the grades and ranks against the policy. Dates the rules need (a report's submission day, a close's day)
 * are today's Beijing date from the injected clock.
 */
@RestController
@RequestMapping("/api/assessments")
class AssessmentCommandController {

    private final CommandDispatcher dispatcher;
    private final LiveAssessments assessments;
    private final Clock clock;

    AssessmentCommandController(CommandDispatcher dispatcher, LiveAssessments assessments, Clock clock) {
        this.dispatcher = dispatcher;
        this.assessments = assessments;
        this.clock = clock;
    }

    @Refuses({})
    @PostMapping("/plans")
    Mono<CommandAccepted> setPlan(@RequestBody AssessmentRequests.Plan request, CommandContext context) {
        return Mono.fromCallable(request::toCommand)
                .flatMap(command -> dispatcher.send(command, context)
                        .then(Mono.just(new CommandAccepted(command.planId(), context.correlationId()))));
    }

    @Refuses({})
    @PostMapping("/programmes")
    Mono<CommandAccepted> setProgramme(@RequestBody AssessmentRequests.Programme request, CommandContext context) {
        return Mono.fromCallable(request::toCommand)
                .flatMap(command -> dispatcher.send(command, context)
                        .then(Mono.just(new CommandAccepted(command.programmeId(), context.correlationId()))));
    }

    @Refuses({})
    @PostMapping("/reports")
    Mono<CommandAccepted> submitReport(@RequestBody AssessmentRequests.Report request, CommandContext context) {
        return Mono.fromCallable(() -> request.toCommand(today()))
                .flatMap(command -> dispatcher.send(command, context)
                        .then(Mono.just(new CommandAccepted(command.reportId(), context.correlationId()))));
    }

    @Refuses({ErrorCode.ASSESSMENT_ALREADY_CLOSED, ErrorCode.ASSESSMENT_MONTH_NOT_OVER,
            ErrorCode.ASSESSMENT_POLICY_UNKNOWN, ErrorCode.ASSESSMENT_RESULTS_INCONSISTENT, ErrorCode.NO_UNITS_TO_ASSESS})
    @PostMapping("/{jurisdiction}/{month}/close")
    Mono<CommandAccepted> close(@PathVariable String jurisdiction, @PathVariable String month, CommandContext context) {
        return live(jurisdiction, month)
                .map(view -> new CloseMonthlyAssessmentCommand(JurisdictionCode.of(view.jurisdiction()), YearMonth.parse(view.month()),
                        results(view), view.indicatorPolicy(), today()))
                .flatMap(command -> dispatcher.create(command, context, ErrorCode.ASSESSMENT_ALREADY_CLOSED)
                        .then(Mono.just(new CommandAccepted(command.assessmentId(), context.correlationId()))));
    }

    @Refuses({ErrorCode.ASSESSMENT_NOT_CLOSED, ErrorCode.ASSESSMENT_POLICY_UNKNOWN,
            ErrorCode.ASSESSMENT_RESULTS_INCONSISTENT, ErrorCode.ASSESSMENT_UNCHANGED, ErrorCode.NO_UNITS_TO_ASSESS})
    @PostMapping("/{jurisdiction}/{month}/reissue")
    Mono<CommandAccepted> reissue(@PathVariable String jurisdiction, @PathVariable String month,
                                  @RequestBody AssessmentRequests.Reissue request, CommandContext context) {
        return live(jurisdiction, month)
                .map(view -> new ReissueMonthlyAssessmentCommand(JurisdictionCode.of(view.jurisdiction()),
                        YearMonth.parse(view.month()), results(view), view.indicatorPolicy(), request.reason()))
                .flatMap(command -> dispatcher.sendTo(command, context, ErrorCode.ASSESSMENT_NOT_CLOSED)
                        .then(Mono.just(new CommandAccepted(command.assessmentId(), context.correlationId()))));
    }

    private Mono<MonthlyAssessmentView> live(String jurisdiction, String month) {
        return Mono.fromCallable(() -> new FindMonthlyAssessmentQuery(JurisdictionCode.parse("jurisdiction", jurisdiction),
                        ProgrammeTime.parseAssessmentMonth("month", month), today()))
                .flatMap(assessments::assess);
    }

    private static List<UnitResult> results(MonthlyAssessmentView view) {
        return view.units().stream().map(UnitAssessment::result).toList();
    }

    private LocalDate today() {
        return ProgrammeTime.today(clock);
    }
}
