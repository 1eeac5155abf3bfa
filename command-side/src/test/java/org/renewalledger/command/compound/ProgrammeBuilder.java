package org.renewalledger.command.compound;

import java.util.ArrayList;
import java.util.List;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.programme.CompoundAdmittedToProgrammeEvent;
import org.renewalledger.kernel.programme.PlaceKind;

/** Test data: a county programme's earlier admissions, {@code aProgramme().withRegular(17).withExtensions(2)}. */
final class ProgrammeBuilder {

    static final String COUNTY = "520523";
    static final String PROGRAMME_ID = "programme-" + COUNTY;
    static final String EXTENSION_RULE = "built before 2005 within the 15/100 extension cap";

    private final List<CompoundAdmittedToProgrammeEvent> admissions = new ArrayList<>();
    private long extensions;

    static ProgrammeBuilder aProgramme() {
        return new ProgrammeBuilder();
    }

    ProgrammeBuilder withRegular(int count) {
        for (int i = 0; i < count; i++) {
            add(1995, PlaceKind.REGULAR, "built before 2000");
        }
        return this;
    }

    ProgrammeBuilder withExtensions(int count) {
        for (int i = 0; i < count; i++) {
            extensions++;
            add(2003, PlaceKind.EXTENSION, EXTENSION_RULE);
        }
        return this;
    }

    private void add(int builtYear, PlaceKind place, String rule) {
        int n = admissions.size() + 1;
        admissions.add(new CompoundAdmittedToProgrammeEvent(PROGRAMME_ID, JurisdictionCode.of(COUNTY),
                CompoundId.of(String.format("520523001-%03d", 100 + n)), builtYear, place, rule, n, extensions));
    }

    List<CompoundAdmittedToProgrammeEvent> admissions() {
        return List.copyOf(admissions);
    }

    /** The event admitting one more compound on top of these. */
    CompoundAdmittedToProgrammeEvent next(String compoundId, int builtYear, PlaceKind place, String rule) {
        long admittedAfter = admissions.size() + 1;
        long extensionsAfter = extensions + (place == PlaceKind.EXTENSION ? 1 : 0);
        return new CompoundAdmittedToProgrammeEvent(PROGRAMME_ID, JurisdictionCode.of(COUNTY), CompoundId.of(compoundId),
                builtYear, place, rule, admittedAfter, extensionsAfter);
    }
}
