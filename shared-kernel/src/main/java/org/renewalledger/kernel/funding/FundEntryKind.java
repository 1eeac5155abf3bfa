package org.renewalledger.kernel.funding;

/** The kinds of entry in a fund (after the IATI transaction types: commitment, incoming funds, allocation down). */
public enum FundEntryKind {
    /** The holder's own commitment of money to the fund (承诺/预算安排). */
    COMMITMENT,
    /** Money the level above allocated into this fund (上级下达). */
    RECEIPT,
    /** Money this fund allocated to the level below: a lower fund or, from a county fund, a project (下达). */
    ALLOCATION
}
