package org.renewalledger.kernel.compound;

import java.time.Instant;
import java.util.List;

/** Complaint search hits, best first, with the total number of matches. */
public record ComplaintSearchResult(List<Hit> hits, long total) {

    public record Hit(String compoundId, String streetOfficeCode, String ticket, String summary, Instant receivedAt,
                      double score) {
    }
}
