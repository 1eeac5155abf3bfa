package org.renewalledger.kernel.compound;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;

/**
 * A complaint from the hotline (投诉热线) about the works, recorded against the compound. No caller's name or number.
 * {@code receivedAt} is a claimed time when the client sends it: {@code backdatingReason} explains one beyond the
 * policy's grace.
 */
public record RecordComplaintCommand(@TargetAggregateIdentifier CompoundId compoundId, String ticket, String summary,
                                     Instant receivedAt, String backdatingReason) {

    public RecordComplaintCommand {
        Require.present("compoundId", compoundId);
        ticket = Require.text("ticket", ticket, 64);
        summary = Require.text("summary", summary, 1000);
        Require.present("receivedAt", receivedAt);
    }

    public RecordComplaintCommand(CompoundId compoundId, String ticket, String summary, Instant receivedAt) {
        this(compoundId, ticket, summary, receivedAt, null);
    }
}
