package org.renewalledger.command.compound;

import java.time.LocalDate;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.PublishNoticeCommand;

/** {@code POST /api/compounds/{id}/notice}: the day the scheme goes up in the compound. */
public record NoticeRequest(LocalDate startsOn) {

    PublishNoticeCommand toCommand(CompoundId id) {
        return new PublishNoticeCommand(id, startsOn);
    }
}
