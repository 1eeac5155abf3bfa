package org.renewalledger.query.compound;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.CountElectorateView;
import org.renewalledger.kernel.compound.ElectorUnitView;
import org.renewalledger.kernel.compound.FindCountElectorateQuery;
import org.renewalledger.query.export.Table;
import org.renewalledger.query.export.TableWriter;
import org.renewalledger.query.web.ReadScope;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A closed consent count as an auditor files it, CSV or XLSX with Chinese headers: the count with its tally and
 * decision (one row), then its electorate, one row per unit with the vote that counts for it, as
 * {@code /api/compounds/{id}/consent/{matter}/electorate} answers them. In XLSX the two are sheets; in CSV they
 * follow one another, separated by an empty line. Units and ballot references only, no owner's personal details. An
 * open count is refused: its figures can still change, so a filed copy would mislead.
 */
@RestController
class ConsentExportController {

    static final List<String> COUNT_HEADERS = List.of("小区编号", "表决事项", "轮次", "选民依据", "开始时间", "结束时间",
            "专有部分数", "业主人数", "总面积（平方米）", "同意人数", "同意面积（平方米）", "反对人数", "反对面积（平方米）",
            "弃权人数", "弃权面积（平方米）", "未表决户数", "决定", "规则");
    static final List<String> UNIT_HEADERS = List.of("房号", "专有面积（平方米）", "面积依据", "开发商持有", "计票对象",
            "表决意见", "表决方式", "表决时间", "受托人", "委托书");

    private final QueryGateway queries;
    private final ReadScope scope;

    ConsentExportController(QueryGateway queries, ReadScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    @Refuses({ErrorCode.RESOURCE_NOT_FOUND, ErrorCode.CONSENT_COUNT_NOT_CLOSED})
    @GetMapping("/api/compounds/{compoundId}/consent/{matter}/export.{format:csv|xlsx}")
    Mono<ResponseEntity<Flux<DataBuffer>>> count(@PathVariable String compoundId, @PathVariable String matter,
                                                 @PathVariable String format,
                                                 @RequestParam(required = false) Integer round,
                                                 @AuthenticationPrincipal Actor actor) {
        FindCountElectorateQuery query = new FindCountElectorateQuery(CompoundId.parse(compoundId), matter(matter), round);
        return scope.compound(actor, query.compoundId())
                .then(Mono.fromFuture(() -> queries.query(query, ResponseTypes.optionalInstanceOf(CountElectorateView.class))))
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() -> new DomainException(ErrorCode.RESOURCE_NOT_FOUND,
                        "No count on " + query.matter() + (round == null ? "" : " round " + round)
                                + " for compound " + compoundId)))
                .map(count -> {
                    if (count.closedAt() == null) {
                        throw new DomainException(ErrorCode.CONSENT_COUNT_NOT_CLOSED, "Round " + count.round() + " on "
                                + count.matter() + " is still open; export it once it is closed");
                    }
                    List<Table> tables = List.of(
                            new Table("计票结果", COUNT_HEADERS, Flux.just(countRow(count))),
                            new Table("选民名册与表决", UNIT_HEADERS, Flux.fromIterable(count.electorate()).map(ConsentExportController::unitRow)));
                    boolean csv = "csv".equals(format);
                    return ResponseEntity.ok()
                            .contentType(csv ? TableWriter.CSV : TableWriter.XLSX)
                            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                    .filename("consent-" + count.compoundId() + "-" + count.matter() + "-" + count.round()
                                            + "." + format).build().toString())
                            .body(csv ? TableWriter.csv(tables) : TableWriter.xlsx(tables));
                });
    }

    private static List<?> countRow(CountElectorateView count) {
        long notVoted = count.electorate().stream().filter(unit -> unit.choice() == null).count();
        return Arrays.asList(count.compoundId(), count.matter(), count.round(), count.electorateBasis(),
                text(count.openedAt()), text(count.closedAt()), count.units(), count.headcount(), count.totalArea(),
                count.agreeOwners(), count.agreeArea(), count.disagreeOwners(), count.disagreeArea(),
                count.abstainOwners(), count.abstainArea(), notVoted,
                count.passed() == null ? null : count.passed() ? "通过" : "未通过", count.rule());
    }

    private static List<?> unitRow(ElectorUnitView unit) {
        return Arrays.asList(unit.unit(), unit.exclusiveArea(), unit.areaBasis(), unit.developerHeld() ? "是" : "否",
                unit.countsAs(), unit.choice() == null ? "未表决" : unit.choice(), unit.channel(), text(unit.castAt()),
                unit.proxy(), unit.proxyEvidence());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static ConsentMatter matter(String value) {
        try {
            return ConsentMatter.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("matter", "Unknown matter: " + value);
        }
    }
}
