package org.renewalledger.command.compound.survey;

/** What an import did with one row. */
public enum RowOutcome {
    /** The row was valid and its compound is now registered. */
    REGISTERED,
    /** The compound was registered before (an earlier upload) with exactly this row's data: nothing written. */
    UNCHANGED,
    /**
     * The compound was registered before with other data than this row's: nothing written. A registration is
     * not edited by re-importing; the differences are listed for the office to settle.
     */
    CHANGED,
    /** The row breaks a rule or has bad cells: nothing written; the problems say which and why. */
    REJECTED,
    /** A dry run found the row valid in shape; the registration rules decide on a real import. */
    VALID
}
