package org.renewalledger.kernel.compound;

/** Where a compound's renovation stands; the lifecycle issue adds the later stages. */
public enum CompoundStatus {
    /** Surveyed and admitted to the programme (摸底入库). */
    SURVEYED
}
