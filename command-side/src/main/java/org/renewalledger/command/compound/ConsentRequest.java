package org.renewalledger.command.compound;

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
import org.renewalledger.kernel.privacy.ResidentDetails;
import org.renewalledger.kernel.privacy.SealedPersonalData;

/**
 * {@code POST /api/compounds/{id}/consent/{matter}}: one owner's vote. {@code castAt} is when the owner
 * voted (the form's date); without it, the time the vote is recorded. {@code ownerName}, {@code phone} and
 * {@code idNumber} are optional personal data: they are sealed under the owner's own key before the command
 * is built, so they never reach an event in clear (docs/SECURITY.md).
 */
public record ConsentRequest(String owner, BigDecimal exclusiveArea, ConsentChoice choice, ConsentChannel channel,
                             Instant castAt, String ownerName, String phone, String idNumber) {

    RecordConsentCommand toCommand(CompoundId id, ConsentMatter matter, Instant now) {
        return toCommand(id, matter, now, null);
    }

    RecordConsentCommand toCommand(CompoundId id, ConsentMatter matter, Instant now, SealedPersonalData sealed) {
        return new RecordConsentCommand(id, matter, ownerReference(),
                Area.ofSquareMetres("exclusiveArea", Require.present("exclusiveArea", exclusiveArea)), choice, channel,
                castAt == null ? now : castAt, sealed);
    }

    OwnerReference ownerReference() {
        return new OwnerReference(Require.text("owner", owner, 40));
    }

    /** The personal data in clear, validated; null when the request carried none. */
    ResidentDetails details() {
        return ResidentDetails.ofOptional(ownerName, phone, idNumber);
    }
}
