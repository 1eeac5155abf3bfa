package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;

/**
 * Records the residents' willingness survey (改造意愿调查): how many households answered and how many want it.
 * {@code surveyedOn} is a claimed date: {@code backdatingReason} explains one beyond the policy's grace.
 */
public record RecordWishesSurveyCommand(@TargetAggregateIdentifier CompoundId compoundId, int households,
                                        int inFavour, LocalDate surveyedOn, String backdatingReason) {

    public RecordWishesSurveyCommand {
        Require.present("compoundId", compoundId);
        Require.present("surveyedOn", surveyedOn);
        if (households < 1 || inFavour < 0 || inFavour > households) {
            throw DomainException.invalid("inFavour", "inFavour must be between 0 and the households surveyed (at least 1)");
        }
    }

    /** A survey dated within the policy's grace: no reason needed. */
    public RecordWishesSurveyCommand(CompoundId compoundId, int households, int inFavour, LocalDate surveyedOn) {
        this(compoundId, households, inFavour, surveyedOn, null);
    }
}
