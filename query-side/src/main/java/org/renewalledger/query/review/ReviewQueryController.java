package org.renewalledger.query.review;

import org.renewalledger.query.web.ReadScope;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.review.CaseId;
import org.renewalledger.kernel.review.FindMeasureProposalsQuery;
import org.renewalledger.kernel.review.FindRewardProposalsQuery;
import org.renewalledger.kernel.review.RewardProposals;
import org.renewalledger.kernel.review.FindOverdueRectificationsQuery;
import org.renewalledger.kernel.review.FindReviewCaseQuery;
import org.renewalledger.kernel.review.FindReviewCasesQuery;
import org.renewalledger.kernel.review.MeasureProposals;
import org.renewalledger.kernel.review.OverdueRectifications;
import org.renewalledger.kernel.review.ReviewCaseList;
import org.renewalledger.kernel.review.ReviewCaseView;
import org.renewalledger.kernel.review.ReviewSearchResult;
import org.renewalledger.kernel.review.SearchReviewQuery;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Reads of the disciplinary review (docs/REVIEW.md): a case with every step, the cases and overdue
 * rectifications inside a division, the ladder's proposals, and search over findings and measures. Every
 * read is scoped: {@code within} defaults to the caller's jurisdiction and must lie inside it; a case is
 * shown to callers whose jurisdiction covers its unit or its assessing jurisdiction.
 */
@RestController
class ReviewQueryController {

    private final QueryGateway queries;

    ReviewQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @Refuses({ErrorCode.REVIEW_CASE_NOT_FOUND})
    @GetMapping("/api/review-cases/{caseId}")
    Mono<ReviewCaseView> reviewCase(@PathVariable String caseId, @AuthenticationPrincipal Actor actor) {
        FindReviewCaseQuery query = new FindReviewCaseQuery(CaseId.of(Require.text("caseId", caseId, 64)));
        return Mono.fromFuture(() -> queries.query(query, ResponseTypes.optionalInstanceOf(ReviewCaseView.class)))
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() -> new DomainException(ErrorCode.REVIEW_CASE_NOT_FOUND, "No review case " + caseId)))
                // the unit under review and the assessing jurisdiction see the case; anyone else is refused, as elsewhere
                .flatMap(view -> ReadScope.sees(actor, view.unitJurisdiction()) || ReadScope.sees(actor, view.assessingJurisdiction())
                        ? Mono.just(view)
                        : Mono.error(new DomainException(ErrorCode.ACCESS_DENIED, ErrorCode.ACCESS_DENIED.title())));
    }

    @Refuses({})
    @GetMapping("/api/review-cases")
    Mono<ReviewCaseList> reviewCases(@RequestParam(required = false) String within,
                                     @RequestParam(defaultValue = "false") boolean openOnly,
                                     @AuthenticationPrincipal Actor actor) {
        FindReviewCasesQuery query = new FindReviewCasesQuery(ReadScope.within(actor, within), openOnly);
        return Mono.fromFuture(() -> queries.query(query, ReviewCaseList.class));
    }

    /** Rectification orders past their deadline (compared with today when asked). */
    @Refuses({})
    @GetMapping("/api/review/overdue-rectifications")
    Mono<OverdueRectifications> overdue(@RequestParam(required = false) String within, @AuthenticationPrincipal Actor actor) {
        FindOverdueRectificationsQuery query = new FindOverdueRectificationsQuery(ReadScope.within(actor, within));
        return Mono.fromFuture(() -> queries.query(query, OverdueRectifications.class));
    }

    /** The escalation ladder's proposals. */
    @Refuses({})
    @GetMapping("/api/review/proposals")
    Mono<MeasureProposals> proposals(@RequestParam(required = false) String within,
                                     @RequestParam(defaultValue = "false") boolean includeWithdrawn,
                                     @AuthenticationPrincipal Actor actor) {
        FindMeasureProposalsQuery query = new FindMeasureProposalsQuery(ReadScope.within(actor, within), includeWithdrawn);
        return Mono.fromFuture(() -> queries.query(query, MeasureProposals.class));
    }

    /** The rewards proposed on units' standings (表彰, 资金倾斜), with the review office's decisions. */
    @Refuses({})
    @GetMapping("/api/review/rewards")
    Mono<RewardProposals> rewards(@RequestParam(required = false) String within,
                                  @RequestParam(defaultValue = "false") boolean includeWithdrawn,
                                  @AuthenticationPrincipal Actor actor) {
        FindRewardProposalsQuery query = new FindRewardProposalsQuery(ReadScope.within(actor, within), includeWithdrawn);
        return Mono.fromFuture(() -> queries.query(query, RewardProposals.class));
    }

    /** Findings, conclusions, measures, orders and referrals whose text holds {@code q} as a phrase. */
    @Refuses({})
    @GetMapping("/api/review/search")
    Mono<ReviewSearchResult> search(@RequestParam String q, @RequestParam(required = false) String within,
                                    @RequestParam(defaultValue = "20") int size, @AuthenticationPrincipal Actor actor) {
        String text = Require.text("q", q, 100);
        if (size < 1 || size > 100) {
            throw DomainException.invalid("size", "size is between 1 and 100");
        }
        SearchReviewQuery query = new SearchReviewQuery(text, ReadScope.within(actor, within).value(), size);
        return Mono.fromFuture(() -> queries.query(query, ReviewSearchResult.class));
    }
}
