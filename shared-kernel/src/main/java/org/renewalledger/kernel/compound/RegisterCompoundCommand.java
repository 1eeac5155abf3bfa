package org.renewalledger.kernel.compound;

import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;

/**
 * Registers a compound found by the survey (摸底调查), which starts its renovation record. Shape is checked
 * here; eligibility is the aggregate's decision under the policy in force. {@code exclusions} are what the
 * survey found that puts the compound outside the programme (empty for most).
 */
public record RegisterCompoundCommand(
        @TargetAggregateIdentifier CompoundId compoundId,
        String name,
        JurisdictionCode jurisdiction,
        JurisdictionCode streetOffice,
        String streetOfficeName,
        int builtYear,
        int buildings,
        int households,
        Area floorArea,
        Set<Exclusion> exclusions) implements JurisdictionScoped {

    public RegisterCompoundCommand {
        Require.present("compoundId", compoundId);
        name = Require.name("name", name, 100);
        Require.present("jurisdictionCode", jurisdiction);
        Require.present("streetOfficeCode", streetOffice);
        streetOfficeName = Require.name("streetOfficeName", streetOfficeName, 100);
        Require.present("floorArea", floorArea);
        exclusions = exclusions == null ? Set.of() : Set.copyOf(exclusions);
        if (!jurisdiction.denotesCounty()) {
            throw DomainException.invalid("jurisdictionCode", "Compounds are registered under a county-level code");
        }
        if (!streetOffice.denotesStreetOffice()) {
            throw DomainException.invalid("streetOfficeCode", "A street office has a nine-digit code");
        }
        if (builtYear < 1900 || builtYear > 2100) {
            throw DomainException.invalid("builtYear", "The built year must be between 1900 and 2100");
        }
        if (buildings < 1) {
            throw DomainException.invalid("buildings", "A compound has at least one building");
        }
        if (households < 1) {
            throw DomainException.invalid("households", "A compound has at least one household");
        }
        if (floorArea.squareCentimetres() == 0) {
            throw DomainException.invalid("floorArea", "The floor area must be positive");
        }
    }

    @Override
    public JurisdictionCode scope() {
        return streetOffice;
    }

}
