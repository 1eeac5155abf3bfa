package org.renewalledger.command.assessment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.kernel.assessment.AssessmentPolicy;
import org.renewalledger.kernel.assessment.AssessmentPolicyBook;
import org.renewalledger.kernel.assessment.CloseMonthlyAssessmentCommand;
import org.renewalledger.kernel.assessment.MonthlyAssessmentClosedEvent;
import org.renewalledger.kernel.assessment.MonthlyAssessmentReissuedEvent;
import org.renewalledger.kernel.assessment.ReissueMonthlyAssessmentCommand;
import org.renewalledger.kernel.assessment.ResponsibleUnits;
import org.renewalledger.kernel.assessment.UnitResult;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;

/**
 * One assessing jurisdiction's month (stream {@code assessment-<code>-<yyyy-MM>}): closed exactly once, then
 * reissued only explicitly, each issue numbered one after the other. One stream per month makes "exactly one
 * close" the event store's unique key on (stream, sequence): two closes racing on two nodes cannot both
 * commit. The results to freeze come with the command (taken from the live read model); this aggregate
 * re-grades and re-ranks their scores (and, under a behind-schedule lagging rule, their shortfalls) under the
 * named policy, a built-in one or one the policy register has set, and refuses any disagreement, so what is
 * published always follows the policy from the scores, whoever sent it.
 */
@Aggregate
class MonthlyAssessment {

    @AggregateIdentifier
    private String assessmentId;
    private int issue;
    private List<UnitResult> results;
    private String indicatorPolicy;

    MonthlyAssessment() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(CloseMonthlyAssessmentCommand command, AssessmentPolicyBook policies, MetaData metaData) {
        requireNotAssessingItself(command.results(), metaData);
        if (issue > 0) {
            throw new DomainException(ErrorCode.ASSESSMENT_ALREADY_CLOSED,
                    command.month() + " of " + command.jurisdiction() + " was closed as issue 1; reissue it to publish corrections");
        }
        AssessmentPolicy policy = requireConsistent(command.results(), policies.named(command.indicatorPolicy()), command.indicatorPolicy());
        if (!command.closedOn().isAfter(policy.reportDueOn(command.month()))) {
            throw new DomainException(ErrorCode.ASSESSMENT_MONTH_NOT_OVER, "Reports for " + command.month() + " are due on "
                    + policy.reportDueOn(command.month()) + "; the month can be closed from the day after", "month");
        }
        apply(new MonthlyAssessmentClosedEvent(command.assessmentId(), command.jurisdiction(), command.month(), 1,
                command.results(), command.indicatorPolicy()));
        return 1;
    }

    @CommandHandler
    int handle(ReissueMonthlyAssessmentCommand command, AssessmentPolicyBook policies, MetaData metaData) {
        requireNotAssessingItself(command.results(), metaData);
        if (issue == 0) {
            throw new DomainException(ErrorCode.ASSESSMENT_NOT_CLOSED, ErrorCode.ASSESSMENT_NOT_CLOSED.title());
        }
        requireConsistent(command.results(), policies.named(command.indicatorPolicy()), command.indicatorPolicy());
        if (command.results().equals(results) && command.indicatorPolicy().equals(indicatorPolicy)) {
            throw new DomainException(ErrorCode.ASSESSMENT_UNCHANGED,
                    "Issue " + issue + " already publishes these results; nothing to reissue");
        }
        int next = issue + 1; // apply() runs the sourcing handler at once, so take the number first
        apply(new MonthlyAssessmentReissuedEvent(command.assessmentId(), command.jurisdiction(), command.month(), next,
                command.results(), command.indicatorPolicy(), command.reason()));
        return next;
    }

    /**
     * A unit does not assess itself (DOMAIN.md; seed 004 gives the assessment to the county's 考核办, not to a
     * member unit): whoever speaks for a unit in the ranking — a county's housing bureau with a plan of its own
     * there, a street office — does not freeze or republish it. The level above (the city's housing bureau) or the
     * review office (督查室) does.
     */
    private static void requireNotAssessingItself(List<UnitResult> results, MetaData metaData) {
        Actor actor = Actor.fromMetaData(metaData);
        results.stream().map(UnitResult::unit).filter(unit -> actor != null && ResponsibleUnits.speaksFor(actor, unit))
                .findFirst().ifPresent(unit -> {
                    throw new DomainException(ErrorCode.ASSESSMENT_OWN_RANKING, "The ranking includes " + unit.id()
                            + ", for which " + actor.role() + " of " + actor.jurisdiction()
                            + " speaks; the level above or the review office closes and reissues it");
                });
    }

    private static AssessmentPolicy requireConsistent(List<UnitResult> results, AssessmentPolicy policy, String version) {
        if (policy == null) {
            throw new DomainException(ErrorCode.ASSESSMENT_POLICY_UNKNOWN, "No assessment policy " + version, "indicatorPolicy");
        }
        if (results.isEmpty()) {
            throw new DomainException(ErrorCode.NO_UNITS_TO_ASSESS, ErrorCode.NO_UNITS_TO_ASSESS.title());
        }
        List<UnitResult> expected = policy.rank(results.stream()
                .map(r -> new AssessmentPolicy.UnitScore(r.unit(), r.scoreHundredths(), r.shortfall())).toList());
        if (!expected.equals(results)) {
            throw new DomainException(ErrorCode.ASSESSMENT_RESULTS_INCONSISTENT,
                    "Under " + version + " these scores give " + expected + ", not the results given", "results");
        }
        return policy;
    }


    @EventSourcingHandler
    void on(MonthlyAssessmentClosedEvent event) {
        assessmentId = event.assessmentId();
        issue = event.issue();
        results = event.results();
        indicatorPolicy = event.indicatorPolicy();
    }

    @EventSourcingHandler
    void on(MonthlyAssessmentReissuedEvent event) {
        issue = event.issue();
        results = event.results();
        indicatorPolicy = event.indicatorPolicy();
    }
}
