package org.renewalledger.command.compound;

import java.math.BigDecimal;
import java.time.Instant;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.ConsentChannel;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.ProxyVote;
import org.renewalledger.kernel.compound.RecordConsentCommand;
import org.renewalledger.kernel.compound.UnitCode;
import org.renewalledger.kernel.privacy.ResidentDetails;

/**
 * {@code POST /api/compounds/{id}/consent/{matter}}: one vote. It names the {@code unit} on the owners' roster
 * (or, as older clients do, the unit's code or the owner's reference in {@code owner}); {@code owner} with a unit
 * names which of its owners signed. The area counted comes from the roster: {@code exclusiveArea} may be left
 * out, and is refused if it disagrees. A vote by proxy (channel PROXY) names the {@code proxy} and the
 * {@code proxyEvidence} (the written authorisation on file). {@code castAt} is when the owner voted (the form's
 * date); without it, the time the vote is recorded. {@code ownerName}, {@code phone} and {@code idNumber} are
 * optional personal data of the owner: they are sealed under the owner's own key before the command is built,
 * so they never reach an event in clear (docs/SECURITY.md).
 */
public record ConsentRequest(String owner, BigDecimal exclusiveArea, ConsentChoice choice, ConsentChannel channel,
                             Instant castAt, String ownerName, String phone, String idNumber, String unit,
                             String proxy, String proxyEvidence) {

    /** The vote without the owner's personal details, which are sealed only once the vote is valid. */
    RecordConsentCommand toCommand(CompoundId id, ConsentMatter matter, Instant now) {
        if (unit == null && owner == null) {
            throw DomainException.invalid("unit", "A vote names its unit on the owners' roster");
        }
        return new RecordConsentCommand(id, matter, unit == null ? null : new UnitCode(unit),
                owner == null ? null : ownerReference(), exclusiveArea == null ? null : Area.ofSquareMetres("exclusiveArea", exclusiveArea),
                choice, channel, castAt == null ? now : castAt, null,
                proxy == null && proxyEvidence == null ? null : new ProxyVote(proxy, proxyEvidence));
    }

    OwnerReference ownerReference() {
        return new OwnerReference(Require.text("owner", owner, 40));
    }

    /** The personal data in clear, validated; null when the request carried none. */
    ResidentDetails details() {
        ResidentDetails details = ResidentDetails.ofOptional(ownerName, phone, idNumber);
        if (details != null && owner == null) {
            throw DomainException.invalid("owner", "Personal details are sealed per person: name the owner who signed");
        }
        return details;
    }
}
