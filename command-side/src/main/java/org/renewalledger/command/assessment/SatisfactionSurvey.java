package org.renewalledger.command.assessment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.kernel.assessment.RecordSatisfactionSurveyCommand;
import org.renewalledger.kernel.assessment.SatisfactionSurveyedEvent;
import org.renewalledger.kernel.common.DomainException;

/**
 * The satisfaction surveys of one compound (stream {@code survey-<compound>}): each survey is a revision, the latest
 * counts for the assessment, history keeps all. A survey counts once the compound's completion is accepted (the
 * assessment's read model checks that against the lifecycle's events); one survey cannot be older than the
 * one it replaces.
 */
@Aggregate
class SatisfactionSurvey {

    @AggregateIdentifier
    private String surveyId;
    private int revision;
    private java.time.LocalDate lastSurveyedOn;

    SatisfactionSurvey() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(RecordSatisfactionSurveyCommand command) {
        if (lastSurveyedOn != null && command.surveyedOn().isBefore(lastSurveyedOn)) {
            throw DomainException.invalid("surveyedOn", "The compound was last surveyed on " + lastSurveyedOn
                    + "; a survey replacing it cannot be older");
        }
        int next = revision + 1;
        apply(new SatisfactionSurveyedEvent(command.surveyId(), command.compoundId(), command.streetOffice(), command.surveyedOn(),
                command.respondents(), command.satisfied(), next));
        return next;
    }

    @EventSourcingHandler
    void on(SatisfactionSurveyedEvent event) {
        surveyId = event.surveyId();
        revision = event.revision();
        lastSurveyedOn = event.surveyedOn();
    }
}
