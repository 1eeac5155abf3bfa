package org.renewalledger.kernel.review;

/** One review case with its measures. */
public record FindReviewCaseQuery(CaseId caseId) {
}
