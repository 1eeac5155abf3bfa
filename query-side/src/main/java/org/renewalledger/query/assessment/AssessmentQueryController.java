package org.renewalledger.query.assessment;

import java.time.Clock;
import org.axonframework.queryhandling.QueryGateway;
import org.renewalledger.kernel.assessment.FindMonthlyAssessmentQuery;
import org.renewalledger.kernel.assessment.FindProgrammeProgressQuery;
import org.renewalledger.kernel.assessment.ProgrammeProgress;
import org.renewalledger.kernel.assessment.MonthlyAssessmentView;
import org.renewalledger.kernel.assessment.ReportStatusView;
import org.renewalledger.kernel.assessment.UnitAssessment;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.ProgrammeTime;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.query.assessment.AssessmentExports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The monthly assessment of an assessing jurisdiction: the live ranking with every unit's breakdown and the
 * issues published, one unit's breakdown, the month's report status, and the export. Scoping: the caller's
 * jurisdiction must cover the assessing jurisdiction (its bureau, the city, the province) or lie inside it (its
 * street offices, to whom the ranking is circulated); anyone else gets 403.
 */
@RestController
class AssessmentQueryController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final QueryGateway queries;
    private final Clock clock;

    AssessmentQueryController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Refuses({})
    @GetMapping("/api/assessments/{jurisdiction}/{month}")
    Mono<MonthlyAssessmentView> assessment(@PathVariable String jurisdiction, @PathVariable String month,
                                           @AuthenticationPrincipal Actor actor) {
        return view(jurisdiction, month, actor);
    }

    @Refuses({ErrorCode.RESOURCE_NOT_FOUND})
    @GetMapping("/api/assessments/{jurisdiction}/{month}/units/{unitId}")
    Mono<UnitAssessment> unit(@PathVariable String jurisdiction, @PathVariable String month, @PathVariable String unitId,
                              @AuthenticationPrincipal Actor actor) {
        return view(jurisdiction, month, actor)
                .flatMap(view -> Mono.justOrEmpty(view.units().stream()
                        .filter(u -> u.result().unit().id().equals(unitId)).findFirst()))
                .switchIfEmpty(Mono.error(() -> new DomainException(ErrorCode.RESOURCE_NOT_FOUND,
                        "Unit " + unitId + " has no plan assessed by " + jurisdiction + " in " + month)));
    }

    /** A unit's multi-year programme, year by year and in total, as of today (404 for a unit without one there). */
    @Refuses({ErrorCode.RESOURCE_NOT_FOUND})
    @GetMapping("/api/assessments/{jurisdiction}/programmes/{unitId}")
    Mono<ProgrammeProgress> programme(@PathVariable String jurisdiction, @PathVariable String unitId,
                                      @AuthenticationPrincipal Actor actor) {
        return Mono.fromCallable(() -> new FindProgrammeProgressQuery(scoped(jurisdiction, actor),
                        Require.text("unitId", unitId, 64), ProgrammeTime.today(clock)))
                .flatMap(query -> Mono.fromFuture(() -> queries.query(query, ProgrammeProgress.class)))
                .switchIfEmpty(Mono.error(() -> new DomainException(ErrorCode.RESOURCE_NOT_FOUND,
                        "Unit " + unitId + " has no programme assessed by " + jurisdiction)));
    }

    @Refuses({})
    @GetMapping("/api/assessments/{jurisdiction}/{month}/reports")
    Mono<ReportStatusView> reports(@PathVariable String jurisdiction, @PathVariable String month,
                                   @AuthenticationPrincipal Actor actor) {
        return view(jurisdiction, month, actor).map(view -> new ReportStatusView(view.jurisdiction(), view.month(),
                view.reportsDueOn(), view.evaluatedOn(), view.units().stream()
                .sorted(java.util.Comparator.comparing(u -> u.result().unit().id()))
                .map(u -> new ReportStatusView.Line(u.result().unit().id(), u.report(),
                        u.reportFact() == null ? null : u.reportFact().effectiveOn(),
                        u.reportFact() == null ? null : u.reportFact().eventId()))
                .toList()));
    }

    @Refuses({})
    @GetMapping("/api/assessments/{jurisdiction}/{month}/export.csv")
    Mono<ResponseEntity<byte[]>> csv(@PathVariable String jurisdiction, @PathVariable String month,
                                     @AuthenticationPrincipal Actor actor) {
        return view(jurisdiction, month, actor).map(view -> file(AssessmentExports.csv(view),
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), view, "csv"));
    }

    @Refuses({})
    @GetMapping("/api/assessments/{jurisdiction}/{month}/export.xlsx")
    Mono<ResponseEntity<byte[]>> xlsx(@PathVariable String jurisdiction, @PathVariable String month,
                                      @AuthenticationPrincipal Actor actor) {
        return view(jurisdiction, month, actor).map(view -> file(AssessmentExports.workbook(view), XLSX, view, "xlsx"));
    }

    private Mono<MonthlyAssessmentView> view(String jurisdiction, String month, Actor actor) {
        return Mono.fromCallable(() -> new FindMonthlyAssessmentQuery(scoped(jurisdiction, actor),
                ProgrammeTime.parseAssessmentMonth("month", month), ProgrammeTime.today(clock))).flatMap(query -> Mono.fromFuture(() -> queries.query(query, MonthlyAssessmentView.class)));
    }

    /** The assessing jurisdiction, if the caller's covers it or lies inside it. */
    private static JurisdictionCode scoped(String jurisdiction, Actor actor) {
        JurisdictionCode code = JurisdictionCode.parse("jurisdiction", jurisdiction);
        if (!actor.jurisdiction().covers(code) && !code.covers(actor.jurisdiction())) {
            throw new DomainException(ErrorCode.ACCESS_DENIED,
                    "Jurisdiction " + actor.jurisdiction() + " neither covers nor lies inside " + code);
        }
        return code;
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, MonthlyAssessmentView view, String extension) {
        String name = "assessment-" + view.jurisdiction() + "-" + view.month() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
