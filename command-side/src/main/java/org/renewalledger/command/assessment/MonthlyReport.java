package org.renewalledger.command.assessment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.kernel.assessment.AssessmentPolicyBook;
import org.renewalledger.kernel.assessment.MonthlyReportSubmittedEvent;
import org.renewalledger.kernel.assessment.SubmitMonthlyReportCommand;
import org.renewalledger.kernel.common.DomainException;

/**
 * A unit's monthly report (月报) for one month: the first submission fixes its timeliness against the due date
 * of the policy in force; later submissions are corrections (revision 2, 3, …), each still marked late or not.
 * A report cannot be submitted before its month has begun.
 */
@Aggregate
class MonthlyReport {

    @AggregateIdentifier
    private String reportId;
    private int revision;

    MonthlyReport() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(SubmitMonthlyReportCommand command, AssessmentPolicyBook policies) {
        if (command.submittedOn().isBefore(command.month().atDay(1))) {
            throw DomainException.invalid("month", "A report for " + command.month() + " cannot be submitted before the month begins");
        }
        LocalDate dueOn = policies.forJurisdiction(command.assessingJurisdiction()).reportDueOn(command.month());
        apply(new MonthlyReportSubmittedEvent(command.reportId(), command.unit(), command.assessingJurisdiction(),
                command.month(), command.figures(), command.submittedOn(), dueOn, command.submittedOn().isAfter(dueOn),
                revision + 1));
        return command.reportId();
    }

    @EventSourcingHandler
    void on(MonthlyReportSubmittedEvent event) {
        reportId = event.reportId();
        revision = event.revision();
    }
}
