package org.renewalledger.command.assessment;

import org.renewalledger.kernel.assessment.FindMonthlyAssessmentQuery;
import org.renewalledger.kernel.assessment.MonthlyAssessmentView;
import reactor.core.publisher.Mono;

/**
 * The live monthly assessment a close or a reissue publishes: computed from the published facts (the read model's
 * tables in the shared database), the same computation every reader sees. A port rather than the query bus, so
 * that a command-only process, which has no query handlers on its local bus, closes and reissues too; infra
 * implements it over the read model.
 */
public interface LiveAssessments {

    Mono<MonthlyAssessmentView> assess(FindMonthlyAssessmentQuery query);
}
