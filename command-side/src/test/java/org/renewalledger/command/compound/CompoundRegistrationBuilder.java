package org.renewalledger.command.compound;

import java.util.Set;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.renewalledger.kernel.compound.Exclusion;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;

/** Test data: {@code aCompound().builtIn(1998).withHouseholds(240).registration()}. */
final class CompoundRegistrationBuilder {

    private String id = "520523001-001";
    private String name = "幸福里小区";
    private String jurisdiction = "520523";
    private String streetOffice = "520523001";
    private int builtYear = 1995;
    private int households = 240;
    private Set<Exclusion> exclusions = Set.of();

    static CompoundRegistrationBuilder aCompound() {
        return new CompoundRegistrationBuilder();
    }

    CompoundRegistrationBuilder withId(String id) {
        this.id = id;
        return this;
    }

    CompoundRegistrationBuilder builtIn(int year) {
        this.builtYear = year;
        return this;
    }

    CompoundRegistrationBuilder withHouseholds(int households) {
        this.households = households;
        return this;
    }

    CompoundRegistrationBuilder excludedAs(Exclusion exclusion) {
        this.exclusions = Set.of(exclusion);
        return this;
    }

    CompoundRegistrationBuilder inJurisdiction(String county, String streetOffice) {
        this.jurisdiction = county;
        this.streetOffice = streetOffice;
        return this;
    }

    RegisterCompoundCommand registration() {
        return new RegisterCompoundCommand(CompoundId.of(id), name, JurisdictionCode.of(jurisdiction),
                JurisdictionCode.of(streetOffice), "鼓场街道", builtYear, 6, households, Area.ofSquareMetres("18650.50"), exclusions);
    }

    CompoundRegisteredEvent registered(String rule) {
        RegisterCompoundCommand c = registration();
        return new CompoundRegisteredEvent(c.compoundId(), c.name(), c.jurisdiction(), c.streetOffice(),
                c.streetOfficeName(), c.builtYear(), c.buildings(), c.households(), c.floorArea(), rule);
    }
}
