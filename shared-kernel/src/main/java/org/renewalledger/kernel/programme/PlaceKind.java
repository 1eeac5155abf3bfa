package org.renewalledger.kernel.programme;

/**
 * Under which rule a compound holds its place in a county's programme: REGULAR (built before the cut-off,
 * default 2000) or EXTENSION (built before the extension year, default 2005, within the county's cap).
 */
public enum PlaceKind {
    REGULAR,
    EXTENSION
}
