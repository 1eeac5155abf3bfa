package org.renewalledger.command.project;

import java.math.BigDecimal;
import java.time.Instant;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.ConsentChannel;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.RecordConsentCommand;

/**
 * {@code POST /api/compounds/{id}/consent/{matter}}: one owner's vote. {@code castAt} is when the owner
 * voted (the form's date); without it, the time the vote is recorded.
 */
public record ConsentRequest(String owner, BigDecimal exclusiveArea, ConsentChoice choice, ConsentChannel channel,
                             Instant castAt) {

    RecordConsentCommand toCommand(CompoundId id, ConsentMatter matter, Instant now) {
        return new RecordConsentCommand(id, matter, new OwnerReference(Require.text("owner", owner, 40)),
                Area.ofSquareMetres(Require.present("exclusiveArea", exclusiveArea)), choice, channel,
                castAt == null ? now : castAt);
    }
}
