package org.renewalledger.query.compound;

/** What the search index holds of a compound: enough to show a hit without a second lookup. */
record CompoundDocument(String compoundId, String name, String jurisdictionCode, String streetOfficeCode,
                        String streetOfficeName, int builtYear, int households) {
}
