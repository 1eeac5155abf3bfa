package org.renewalledger.query.assessment;

import org.axonframework.serialization.Serializer;
import org.renewalledger.kernel.assessment.FindMonthlyAssessmentQuery;
import org.renewalledger.kernel.assessment.MonthlyAssessmentView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The live monthly assessment read straight from its tables, for a process that runs no query side: a
 * command-only process closes and reissues with it (infra wires it behind the command side's port). It reads
 * only; the facts are written by the {@code assessment-facts} processor of the query replicas.
 */
public final class MonthlyAssessments {

    private final MonthlyAssessmentReadModel readModel;

    private MonthlyAssessments(MonthlyAssessmentReadModel readModel) {
        this.readModel = readModel;
    }

    /** Over the shared database: the same read model, and so the same figures, as the query API's. */
    public static MonthlyAssessments over(JdbcTemplate jdbc, DatabaseClient r2dbc, Serializer eventSerializer) {
        return new MonthlyAssessments(new MonthlyAssessmentReadModel(new AssessmentFactStore(jdbc, r2dbc),
                new AssessmentPolicies(eventSerializer)));
    }

    public Mono<MonthlyAssessmentView> assess(FindMonthlyAssessmentQuery query) {
        return readModel.assess(query.jurisdiction(), query.month(), query.today());
    }
}
