package org.renewalledger.command.compound;

import java.time.Instant;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.RecordComplaintCommand;

/**
 * {@code POST /api/compounds/{id}/complaints}: a hotline ticket; {@code receivedAt} defaults to now, and an earlier
 * one beyond the policy's grace needs {@code backdatingReason}.
 */
public record ComplaintRequest(String ticket, String summary, Instant receivedAt, String backdatingReason) {

    RecordComplaintCommand toCommand(CompoundId id, Instant now) {
        return new RecordComplaintCommand(id, ticket, summary, receivedAt == null ? now : receivedAt, backdatingReason);
    }
}
