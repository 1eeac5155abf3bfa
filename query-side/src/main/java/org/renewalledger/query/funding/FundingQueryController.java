package org.renewalledger.query.funding;

import org.renewalledger.query.web.ReadScope;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.renewalledger.kernel.common.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.funding.FindFundLedgerQuery;
import org.renewalledger.kernel.funding.FindFundQuery;
import org.renewalledger.kernel.funding.FundId;
import org.renewalledger.kernel.funding.FundView;
import org.renewalledger.kernel.funding.FindProjectFundingQuery;
import org.renewalledger.kernel.funding.FindProjectLedgerQuery;
import org.renewalledger.kernel.funding.FindReconciliationQuery;
import org.renewalledger.kernel.funding.FindSpendingProgressQuery;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.LedgerHistory;
import org.renewalledger.kernel.funding.ProjectFundingView;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.ReconciliationReport;
import org.renewalledger.kernel.funding.SpendingProgressView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Reads of the funding ledger for auditors and dashboards: a project's figures now or as of any instant,
 * its full audit trail, a fund's history, and spending progress by jurisdiction.
 */
@RestController
class FundingQueryController {

    private final QueryGateway queries;
    private final ReadScope scope;

    FundingQueryController(QueryGateway queries, ReadScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    /** {@code asOf}: an ISO-8601 instant, e.g. {@code 2026-03-31T16:00:00Z}; omitted for the live figures. */
    @Refuses({ErrorCode.FUNDING_NOT_FOUND})
    @GetMapping("/api/projects/{projectId}/funding")
    Mono<ProjectFundingView> projectFunding(@PathVariable String projectId, @RequestParam(required = false) String asOf,
                                            @AuthenticationPrincipal Actor actor) {
        FindProjectFundingQuery query = new FindProjectFundingQuery(ProjectId.parse(projectId), instant(asOf));
        return scope.project(actor, query.projectId()).then(Mono.fromFuture(() -> queries.query(query, ResponseTypes.optionalInstanceOf(ProjectFundingView.class)))
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() -> new DomainException(ErrorCode.FUNDING_NOT_FOUND,
                        "Project " + projectId + " had no funding entries" + (asOf == null ? "" : " by " + asOf)))));
    }

    @Refuses({})
    @GetMapping("/api/projects/{projectId}/funding/ledger")
    Mono<LedgerHistory> projectLedger(@PathVariable String projectId, @AuthenticationPrincipal Actor actor) {
        FindProjectLedgerQuery query = new FindProjectLedgerQuery(ProjectId.parse(projectId));
        return scope.project(actor, query.projectId()).then(Mono.fromFuture(() -> queries.query(query, LedgerHistory.class)));
    }

    @Refuses({})
    @GetMapping("/api/funding/ledger")
    Mono<LedgerHistory> fundLedger(@RequestParam String jurisdiction, @RequestParam String source,
                                   @RequestParam(defaultValue = "-1") long after,
                                   @RequestParam(defaultValue = "200") int limit,
                                   @AuthenticationPrincipal Actor actor) {
        FindFundLedgerQuery query = new FindFundLedgerQuery(ReadScope.within(actor, "jurisdiction", jurisdiction),
                Require.constant(FundingSource.class, "source", source), after, limit);
        return Mono.fromFuture(() -> queries.query(query, LedgerHistory.class));
    }

    @Refuses({})
    @GetMapping("/api/funding/progress")
    Mono<SpendingProgressView> spendingProgress(@RequestParam String jurisdiction, @RequestParam(required = false) String asOf,
                                   @AuthenticationPrincipal Actor actor) {
        FindSpendingProgressQuery query = new FindSpendingProgressQuery(ReadScope.within(actor, "jurisdiction", jurisdiction),
                instant(asOf));
        return Mono.fromFuture(() -> queries.query(query, SpendingProgressView.class));
    }

    /** Reconciliation per source of a jurisdiction's ledgers, with every break reported. */
    @Refuses({})
    @GetMapping("/api/funding/reconciliation")
    Mono<ReconciliationReport> reconciliation(@RequestParam String jurisdiction, @RequestParam(required = false) String asOf,
                                   @AuthenticationPrincipal Actor actor) {
        FindReconciliationQuery query = new FindReconciliationQuery(ReadScope.within(actor, "jurisdiction", jurisdiction),
                instant(asOf));
        return Mono.fromFuture(() -> queries.query(query, ReconciliationReport.class));
    }

    /** A fund (central, province or county) now or as of an instant, with its full trail. */
    @Refuses({ErrorCode.FUND_NOT_FOUND})
    @GetMapping("/api/funds/{fundId}")
    Mono<FundView> fund(@PathVariable String fundId, @RequestParam(required = false) String asOf,
                        @AuthenticationPrincipal Actor actor) {
        FundId fund = FundId.parse(fundId);
        // a fund is its holder's: readable by whoever's jurisdiction covers the holder (central funds: the nation)
        ReadScope.require(actor, FundId.CENTRAL.equals(fund.holder()) ? FundId.NATIONAL : JurisdictionCode.of(fund.holder()));
        FindFundQuery query = new FindFundQuery(fund, instant(asOf));
        return Mono.fromFuture(() -> queries.query(query, ResponseTypes.optionalInstanceOf(FundView.class)))
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() -> new DomainException(ErrorCode.FUND_NOT_FOUND,
                        "Fund " + fundId + " had no entries" + (asOf == null ? "" : " by " + asOf))));
    }

    private static Instant instant(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("asOf", "asOf must be an ISO-8601 instant such as 2026-03-31T16:00:00Z");
        }
    }
}
