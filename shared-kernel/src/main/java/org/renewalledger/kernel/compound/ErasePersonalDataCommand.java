package org.renewalledger.kernel.compound;

import java.util.regex.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;

/**
 * Forgets one owner's personal data (个人信息删除, Personal Information Protection Law art. 47): their key
 * is erased, so every sealed copy of their name, phone and ID number becomes unreadable, while their
 * votes, the tallies and the money stay. {@code request} is the erasure request's file number, never a
 * name: the event that records the erasure must not itself hold personal data.
 */
public record ErasePersonalDataCommand(@TargetAggregateIdentifier CompoundId compoundId, OwnerReference owner, String request) {

    private static final Pattern REQUEST = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,39}");

    public ErasePersonalDataCommand {
        Require.present("compoundId", compoundId);
        Require.present("owner", owner);
        if (request == null || !REQUEST.matcher(request).matches()) {
            throw DomainException.invalid("request", "The erasure request is a file number of 1 to 40 letters, digits, '-' or '_'");
        }
    }
}
