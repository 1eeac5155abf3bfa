package org.renewalledger.command.compound;

import java.math.BigDecimal;
import java.util.Set;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.Exclusion;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;

/**
 * The survey row as JSON. Field names are the ones errors point at; checks live in the domain types, so
 * there is one definition of "valid".
 *
 * @param floorArea  total floor area in m², at most two decimals
 * @param exclusions what puts the compound outside the programme (棚改, demolition, …); absent for most
 */
public record RegisterCompoundRequest(
        String compoundId,
        String name,
        String jurisdictionCode,
        String streetOfficeCode,
        String streetOfficeName,
        Integer builtYear,
        Integer buildings,
        Integer households,
        BigDecimal floorArea,
        Set<Exclusion> exclusions) {

    RegisterCompoundCommand toCommand() {
        return new RegisterCompoundCommand(
                CompoundId.parse(compoundId),
                name,
                JurisdictionCode.parse("jurisdictionCode", jurisdictionCode),
                JurisdictionCode.parse("streetOfficeCode", streetOfficeCode),
                streetOfficeName,
                Require.present("builtYear", builtYear),
                Require.present("buildings", buildings),
                Require.present("households", households),
                Area.ofSquareMetres(Require.present("floorArea", floorArea)),
                exclusions);
    }

}
