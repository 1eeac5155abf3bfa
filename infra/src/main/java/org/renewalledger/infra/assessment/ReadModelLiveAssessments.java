package org.renewalledger.infra.assessment;

import org.axonframework.serialization.Serializer;
import org.renewalledger.command.assessment.LiveAssessments;
import org.renewalledger.kernel.assessment.FindMonthlyAssessmentQuery;
import org.renewalledger.kernel.assessment.MonthlyAssessmentView;
import org.renewalledger.query.assessment.MonthlyAssessments;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@link LiveAssessments} over the assessment read model's tables in the shared database (R2DBC, off the event
 * loop's blocking path), in every process: a command-only process has no query handler to ask, and a process of
 * role {@code all} computes the same figures the same way.
 */
@Component
class ReadModelLiveAssessments implements LiveAssessments {

    private final MonthlyAssessments assessments;

    ReadModelLiveAssessments(JdbcTemplate jdbc, DatabaseClient r2dbc, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.assessments = MonthlyAssessments.over(jdbc, r2dbc, eventSerializer);
    }

    @Override
    public Mono<MonthlyAssessmentView> assess(FindMonthlyAssessmentQuery query) {
        return assessments.assess(query);
    }
}
