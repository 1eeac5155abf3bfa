package org.renewalledger.kernel.privacy;

import java.util.regex.Pattern;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.OwnerReference;

/**
 * A person whose personal data the ledger holds, as the key vault knows them: the owner of one household
 * unit in one compound ({@code 520523001-001/3-2-501}). Their personal data is encrypted under a key of
 * their own, so erasing that key erases them (crypto-shredding) while every event stays as it was.
 */
public record DataSubject(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{2,63}/[0-9A-Za-z][0-9A-Za-z_-]{0,39}");

    public DataSubject {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainException.invalid("subject", "A data subject is a compound code and an owner reference, e.g. 520523001-001/3-2-501");
        }
    }

    public static DataSubject ownerOf(CompoundId compound, OwnerReference owner) {
        return new DataSubject(compound.value() + "/" + owner.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
