package org.renewalledger.query.compound;

/** A complaint as the search index stores it; {@code receivedAt} in ISO-8601. */
record ComplaintDocument(String compoundId, String streetOfficeCode, String ticket, String summary, String receivedAt) {
}
