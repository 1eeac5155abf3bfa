package org.renewalledger.kernel.review;

/** Findings and measures whose text holds {@code text} as a phrase, optionally only for units inside a division. */
public record SearchReviewQuery(String text, String withinJurisdiction, int size) {
}
