package org.renewalledger.kernel.programme;

/** Everything that happens to a county's renovation programme (one stream per county). */
public sealed interface ProgrammeEvent permits CompoundAdmittedToProgrammeEvent {

    String programmeId();
}
