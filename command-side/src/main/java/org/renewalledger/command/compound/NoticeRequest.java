package org.renewalledger.command.compound;

import java.time.LocalDate;
import java.util.List;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.PublishNoticeCommand;
import org.renewalledger.kernel.evidence.EvidenceHash;

/**
 * {@code POST /api/compounds/{id}/notice}: the day the scheme goes up in the compound, a reason when that day lies
 * beyond the policy's grace, and the uploaded photo of the posted notice (its SHA-256).
 */
public record NoticeRequest(LocalDate startsOn, String backdatingReason, List<String> attachments) {

    PublishNoticeCommand toCommand(CompoundId id) {
        return new PublishNoticeCommand(id, startsOn, backdatingReason, EvidenceHash.parseAll(attachments));
    }
}
