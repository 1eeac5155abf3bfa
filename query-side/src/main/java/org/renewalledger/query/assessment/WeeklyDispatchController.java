package org.renewalledger.query.assessment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryGateway;
import org.renewalledger.kernel.common.ProgrammeTime;
import org.renewalledger.kernel.assessment.FindWeeklyDispatchQuery;
import org.renewalledger.kernel.assessment.WeeklyDispatchView;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.review.FindReviewCasesQuery;
import org.renewalledger.kernel.review.ReviewCaseList;
import org.renewalledger.kernel.review.ReviewCaseView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The weekly dispatch (周调度) of a county, as JSON or as CSV for the leaders' meeting: the week's and the year's
 * starts, completions and money (from the assessment's facts) and the review cases open now (from the review
 * read model). {@code weekOf}: any day of the week (default: today, Beijing). Scoped like the assessment: the
 * caller's jurisdiction covers the county or lies inside it.
 */
@RestController
class WeeklyDispatchController {

    static final List<String> CSV_HEADERS = List.of("单位代码", "本周开工", "本周完工", "本周拨付资金(元)", "年度累计开工",
            "年度累计完工", "年度累计拨付资金(元)", "未办结督办事项");

    private final QueryGateway queries;
    private final Clock clock;

    WeeklyDispatchController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Refuses({})
    @GetMapping("/api/dispatch/{county}")
    Mono<WeeklyDispatchView> week(@PathVariable String county, @RequestParam(required = false) String weekOf,
                                  @AuthenticationPrincipal Actor actor) {
        return Mono.fromCallable(() -> query(county, weekOf, actor))
                .flatMap(query -> Mono.zip(Mono.fromFuture(() -> queries.query(query, WeeklyDispatchView.class)),
                        Mono.fromFuture(() -> queries.query(new FindReviewCasesQuery(query.county(), true), ReviewCaseList.class))))
                .map(both -> withOpenCases(both.getT1(), both.getT2().cases()));
    }

    @Refuses({})
    @GetMapping("/api/dispatch/{county}/export.csv")
    Mono<ResponseEntity<byte[]>> csv(@PathVariable String county, @RequestParam(required = false) String weekOf,
                                     @AuthenticationPrincipal Actor actor) {
        return week(county, weekOf, actor).map(view -> ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("dispatch-" + view.county() + "-" + view.weekStarting() + ".csv").build().toString())
                .body(csv(view)));
    }

    static byte[] csv(WeeklyDispatchView view) {
        StringBuilder out = new StringBuilder("\uFEFF"); // BOM: Excel then opens the UTF-8 Chinese headers correctly
        out.append(String.join(",", CSV_HEADERS)).append("\r\n");
        for (WeeklyDispatchView.Line line : view.streetOffices()) {
            row(out, line.unitId(), line);
        }
        row(out, "合计", view.total());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder out, String label, WeeklyDispatchView.Line line) {
        out.append(label).append(',').append(line.startsInWeek()).append(',').append(line.completionsInWeek()).append(',')
                .append(yuan(line.fundsFenInWeek())).append(',').append(line.startsThisYear()).append(',')
                .append(line.completionsThisYear()).append(',').append(yuan(line.fundsFenThisYear())).append(',')
                .append(line.openReviewCases()).append("\r\n");
    }

    private static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }

    private FindWeeklyDispatchQuery query(String county, String weekOf, Actor actor) {
        JurisdictionCode code = JurisdictionCode.parse("county", county);
        if (!actor.jurisdiction().covers(code) && !code.covers(actor.jurisdiction())) {
            throw new DomainException(ErrorCode.ACCESS_DENIED,
                    "Jurisdiction " + actor.jurisdiction() + " neither covers nor lies inside " + code);
        }
        LocalDate day;
        try {
            day = weekOf == null ? ProgrammeTime.today(clock) : LocalDate.parse(weekOf);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("weekOf", "weekOf is a date such as 2025-10-27");
        }
        return new FindWeeklyDispatchQuery(code, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** Adds each street office's open review cases, and the county's (every open case in it) to the total. */
    static WeeklyDispatchView withOpenCases(WeeklyDispatchView view, List<ReviewCaseView> open) {
        Map<String, Long> byUnit = open.stream().collect(Collectors.groupingBy(ReviewCaseView::unitJurisdiction, Collectors.counting()));
        List<WeeklyDispatchView.Line> lines = view.streetOffices().stream()
                .map(line -> line.withOpenReviewCases(byUnit.getOrDefault(line.unitId(), 0L).intValue())).toList();
        return new WeeklyDispatchView(view.county(), view.weekStarting(), view.weekEnding(), lines,
                view.total().withOpenReviewCases(open.size()));
    }
}
