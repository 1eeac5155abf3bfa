package org.renewalledger.kernel.review;

import java.time.Instant;
import java.util.List;

/** Findings and measures matching a search; {@code kind} is FINDING, CONCLUSION, MEASURE, RECTIFICATION_ORDER or REFERRAL. */
public record ReviewSearchResult(List<Hit> hits, long total) {

    public record Hit(String caseId, String unitId, String kind, String measure, String text, Instant at, double score) {
    }
}
