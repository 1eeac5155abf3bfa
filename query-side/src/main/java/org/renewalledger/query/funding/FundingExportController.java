package org.renewalledger.query.funding;

import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.funding.FindFundLedgerQuery;
import org.renewalledger.kernel.funding.FindProjectLedgerQuery;
import org.renewalledger.kernel.funding.FindReconciliationQuery;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.LedgerEntryView;
import org.renewalledger.kernel.funding.LedgerHistory;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.ReconciliationReport;
import org.renewalledger.query.export.Table;
import org.renewalledger.query.export.TableWriter;
import org.renewalledger.query.web.ReadScope;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Auditors' exports of the funding ledger (a project's, or a jurisdiction's for one source) and of the
 * reconciliation, as CSV or XLSX (docs/FUNDING.md, "Exports"). Scoped as the JSON views are; a jurisdiction's
 * ledger is read page by page as the file is written, so a province's ledger streams instead of loading.
 */
@RestController
class FundingExportController {

    private static final int PAGE = FindFundLedgerQuery.MAX_LIMIT;

    private final QueryGateway queries;
    private final ReadScope scope;

    FundingExportController(QueryGateway queries, ReadScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    @Refuses({})
    @GetMapping("/api/projects/{projectId}/funding/ledger/export.{format:csv|xlsx}")
    Mono<ResponseEntity<Flux<DataBuffer>>> projectLedger(@PathVariable String projectId, @PathVariable String format,
                                                         @AuthenticationPrincipal Actor actor) {
        FindProjectLedgerQuery query = new FindProjectLedgerQuery(ProjectId.parse(projectId));
        return scope.project(actor, query.projectId()).then(Mono.fromCallable(() -> {
            Flux<List<?>> rows = Mono.fromFuture(() -> queries.query(query, LedgerHistory.class))
                    .flatMapIterable(LedgerHistory::entries).map(FundingExports::ledgerRow);
            return file(new Table("资金台账", FundingExports.LEDGER_HEADERS, rows), format, "funding-ledger-" + projectId);
        }));
    }

    @Refuses({})
    @GetMapping("/api/funding/ledger/export.{format:csv|xlsx}")
    ResponseEntity<Flux<DataBuffer>> jurisdictionLedger(@RequestParam String jurisdiction, @RequestParam String source,
                                                        @PathVariable String format, @AuthenticationPrincipal Actor actor) {
        JurisdictionCode within = ReadScope.within(actor, "jurisdiction", jurisdiction);
        FundingSource fundingSource = Require.constant(FundingSource.class, "source", source);
        return file(new Table("资金台账", FundingExports.LEDGER_HEADERS, pages(within, fundingSource).map(FundingExports::ledgerRow)),
                format, "funding-ledger-" + within.value() + "-" + fundingSource.name());
    }

    @Refuses({})
    @GetMapping("/api/funding/reconciliation/export.{format:csv|xlsx}")
    ResponseEntity<Flux<DataBuffer>> reconciliation(@RequestParam String jurisdiction, @PathVariable String format,
                                                    @AuthenticationPrincipal Actor actor) {
        FindReconciliationQuery query = new FindReconciliationQuery(ReadScope.within(actor, "jurisdiction", jurisdiction), null);
        Flux<List<?>> rows = Mono.fromFuture(() -> queries.query(query, ReconciliationReport.class))
                .flatMapIterable(FundingExports::reconciliationRows);
        return file(new Table("资金对账", FundingExports.RECONCILIATION_HEADERS, rows), format,
                "funding-reconciliation-" + query.jurisdiction().value());
    }

    /** The ledger's keyset pages, each asked for when the one before is written. */
    private Flux<LedgerEntryView> pages(JurisdictionCode jurisdiction, FundingSource source) {
        return page(jurisdiction, source, -1).expand(entries -> entries.size() < PAGE || last(entries) == null
                        ? Mono.empty() : page(jurisdiction, source, last(entries)))
                .concatMapIterable(entries -> entries, 1);
    }

    private Mono<List<LedgerEntryView>> page(JurisdictionCode jurisdiction, FundingSource source, long after) {
        return Mono.fromFuture(() -> queries.query(new FindFundLedgerQuery(jurisdiction, source, after, PAGE), LedgerHistory.class))
                .map(LedgerHistory::entries);
    }

    private static Long last(List<LedgerEntryView> entries) {
        return entries.get(entries.size() - 1).globalPosition();
    }

    private static ResponseEntity<Flux<DataBuffer>> file(Table table, String format, String name) {
        boolean csv = "csv".equals(format);
        return ResponseEntity.ok()
                .contentType(csv ? TableWriter.CSV : TableWriter.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + "." + format).build().toString())
                .body(csv ? TableWriter.csv(table) : TableWriter.xlsx(table));
    }
}
