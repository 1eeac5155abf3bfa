package org.renewalledger.command.compound;

import java.time.Instant;
import java.util.List;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.ImportConsentCommand;

/**
 * {@code POST /api/compounds/{id}/consent/{matter}/import}: a survey sheet of votes, each shaped like a single
 * {@link ConsentRequest}. Votes without {@code castAt} take the time of the import.
 */
public record ConsentImportRequest(List<ConsentRequest> votes) {

    ImportConsentCommand toCommand(CompoundId id, ConsentMatter matter, Instant now) {
        List<ConsentRequest> sheet = Require.present("votes", votes);
        if (sheet.isEmpty() || sheet.size() > ImportConsentCommand.MAXIMUM_VOTES) {
            throw DomainException.invalid("votes", "An import holds 1 to " + ImportConsentCommand.MAXIMUM_VOTES
                    + " votes, not " + sheet.size());
        }
        return new ImportConsentCommand(id, matter, sheet.stream()
                .map(vote -> Require.present("votes", vote).toCommand(id, matter, now)).toList());
    }
}
