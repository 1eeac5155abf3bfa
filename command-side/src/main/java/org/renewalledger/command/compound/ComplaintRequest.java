package org.renewalledger.command.compound;

import java.time.Instant;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.RecordComplaintCommand;

/** {@code POST /api/compounds/{id}/complaints}: a hotline ticket; {@code receivedAt} defaults to now. */
public record ComplaintRequest(String ticket, String summary, Instant receivedAt) {

    RecordComplaintCommand toCommand(CompoundId id, Instant now) {
        return new RecordComplaintCommand(id, ticket, summary, receivedAt == null ? now : receivedAt);
    }
}
