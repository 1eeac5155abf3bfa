package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;

/**
 * Records a satisfaction survey (满意度调查) of a completed compound's residents: how many answered and how many are
 * satisfied, counted like a tally. The street office surveys (seed 004: 群众满意度调查); a later survey of the same
 * compound replaces the earlier one for the assessment (revision 2, 3, …). {@code recordedOn} is today's Beijing
 * date from the server's clock.
 */
public record RecordSatisfactionSurveyCommand(
        @TargetAggregateIdentifier String surveyId,
        CompoundId compoundId,
        JurisdictionCode streetOffice,
        LocalDate surveyedOn,
        int respondents,
        int satisfied,
        LocalDate recordedOn) implements JurisdictionScoped {

    public RecordSatisfactionSurveyCommand {
        Require.present("compoundId", compoundId);
        Require.present("streetOffice", streetOffice);
        Require.present("surveyedOn", surveyedOn);
        Require.present("recordedOn", recordedOn);
        if (!streetOffice.denotesStreetOffice()) {
            throw DomainException.invalid("streetOffice", "A survey is recorded for the street office of the compound (nine digits)");
        }
        if (respondents < 1 || satisfied < 0 || satisfied > respondents) {
            throw DomainException.invalid("satisfied", "A survey has at least one respondent and at most as many satisfied");
        }
        if (surveyedOn.isAfter(recordedOn)) {
            throw DomainException.invalid("surveyedOn", "A survey cannot be dated after the day it is recorded");
        }
        surveyId = "survey-" + compoundId.value();
    }

    public RecordSatisfactionSurveyCommand(CompoundId compoundId, JurisdictionCode streetOffice, LocalDate surveyedOn,
                                           int respondents, int satisfied, LocalDate recordedOn) {
        this(null, compoundId, streetOffice, surveyedOn, respondents, satisfied, recordedOn);
    }

    @Override
    public JurisdictionCode scope() {
        return streetOffice;
    }
}
