package org.renewalledger.kernel.compound;

import java.util.List;

/** Search hits, best first, with the total number of matches. */
public record CompoundSearchResult(List<Hit> hits, long total) {

    /** One matching compound and how well it matched. */
    public record Hit(String compoundId, String name, String jurisdictionCode, String streetOfficeCode,
                      String streetOfficeName, double score) {
    }
}
