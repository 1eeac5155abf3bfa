package org.renewalledger.query.compound;

import java.util.Arrays;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.FindProjectTimelineQuery;
import org.renewalledger.kernel.compound.ProjectTimeline;
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
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A project's timeline as an auditor files it: CSV or XLSX with Chinese headers, one row per entry of
 * {@code /api/compounds/{id}/timeline} in the same order, scoped as that view is.
 */
@RestController
class TimelineExportController {

    static final List<String> HEADERS = List.of("小区编号", "序号", "事件", "摘要", "发生时间", "操作人", "角色", "政策版本");

    private final QueryGateway queries;
    private final ReadScope scope;

    TimelineExportController(QueryGateway queries, ReadScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    @Refuses({})
    @GetMapping("/api/compounds/{compoundId}/timeline/export.{format:csv|xlsx}")
    Mono<ResponseEntity<Flux<DataBuffer>>> timeline(@PathVariable String compoundId, @PathVariable String format,
                                                    @AuthenticationPrincipal Actor actor) {
        FindProjectTimelineQuery query = new FindProjectTimelineQuery(CompoundId.parse(compoundId));
        return scope.compound(actor, query.compoundId()).then(Mono.fromCallable(() -> {
            Flux<List<?>> rows = Mono.fromFuture(() -> queries.query(query, ProjectTimeline.class))
                    .flatMapIterable(timeline -> timeline.entries().stream().map(entry -> row(timeline.compoundId(), entry)).toList());
            Table table = new Table("项目时间线", HEADERS, rows);
            boolean csv = "csv".equals(format);
            return ResponseEntity.ok()
                    .contentType(csv ? TableWriter.CSV : TableWriter.XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename("timeline-" + compoundId + "." + format).build().toString())
                    .body(csv ? TableWriter.csv(table) : TableWriter.xlsx(table));
        }));
    }

    private static List<?> row(String compoundId, ProjectTimeline.Entry entry) {
        return Arrays.asList(compoundId, entry.sequence(), entry.event(), entry.summary(),
                entry.occurredAt() == null ? null : entry.occurredAt().toString(), entry.actorId(), entry.actorRole(),
                entry.policyVersion());
    }
}
