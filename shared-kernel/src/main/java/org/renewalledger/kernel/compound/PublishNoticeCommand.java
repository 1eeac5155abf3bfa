package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.evidence.EvidenceHash;

/**
 * Posts the scheme in the compound (公示) from {@code startsOn}, the day the street office says it went up: a
 * claimed date, checked against the server's today ({@code backdatingReason} when it lies beyond the policy's
 * grace), with {@code attachments} (a photo of the posted notice, when the policy requires evidence).
 */
public record PublishNoticeCommand(@TargetAggregateIdentifier CompoundId compoundId, LocalDate startsOn,
                                   String backdatingReason, List<EvidenceHash> attachments) {

    public PublishNoticeCommand {
        Require.present("compoundId", compoundId);
        Require.present("startsOn", startsOn);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public PublishNoticeCommand(CompoundId compoundId, LocalDate startsOn) {
        this(compoundId, startsOn, null, List.of());
    }
}
