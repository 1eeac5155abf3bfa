package org.renewalledger.kernel.compound;

/** Why a unit changed hands; the roster records the transfer, never edits the earlier owner away. */
public enum TransferReason {
    /** Sold (incl. the developer's first sale and delivery of a unit it held). */
    SALE,
    INHERITANCE,
    GIFT,
    /** A court judgment or enforcement. */
    COURT_ORDER
}
