package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/** Posts the scheme in the compound (公示) from {@code startsOn}, a date the street office chooses. */
public record PublishNoticeCommand(@TargetAggregateIdentifier CompoundId compoundId, LocalDate startsOn) {

    public PublishNoticeCommand {
        Require.present("compoundId", compoundId);
        Require.present("startsOn", startsOn);
    }
}
