package org.renewalledger.query.review;

/** A finding or measure as the search index stores it; {@code at} in ISO-8601. */
record ReviewDocument(String caseId, String unitId, String unitJurisdiction, String kind, String measure, String text, String at) {
}
