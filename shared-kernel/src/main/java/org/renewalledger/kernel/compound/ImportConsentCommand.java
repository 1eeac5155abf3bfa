package org.renewalledger.kernel.compound;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;

/**
 * Imports a compound's paper survey of votes on one matter in one go (the county's spreadsheet of forms):
 * each vote is decided exactly as {@link RecordConsentCommand} would decide it, in order, and all are
 * stored in one transaction or none is. One event per vote, so the history reads as if each had been
 * recorded by hand.
 */
public record ImportConsentCommand(
        CompoundId compoundId,
        ConsentMatter matter,
        List<RecordConsentCommand> votes) {

    /** A survey sheet larger than this is split by the caller: one transaction stays short. */
    public static final int MAXIMUM_VOTES = 5_000;

    /** The sheet goes to the count's own stream (ConsentCount), not to the compound's. */
    @TargetAggregateIdentifier
    public ConsentCountId countId() {
        return ConsentCountId.of(compoundId, matter);
    }

    public ImportConsentCommand {
        Require.present("compoundId", compoundId);
        Require.present("matter", matter);
        Require.present("votes", votes);
        if (votes.isEmpty() || votes.size() > MAXIMUM_VOTES) {
            throw DomainException.invalid("votes", "An import holds 1 to " + MAXIMUM_VOTES + " votes, not " + votes.size());
        }
        for (RecordConsentCommand vote : votes) {
            Require.present("votes", vote);
            if (!vote.compoundId().equals(compoundId) || vote.matter() != matter) {
                throw DomainException.invalid("votes", "Every imported vote is on " + compoundId + ", matter " + matter);
            }
        }
        votes = List.copyOf(votes);
    }
}
