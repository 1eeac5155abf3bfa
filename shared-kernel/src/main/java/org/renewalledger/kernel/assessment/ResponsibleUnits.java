package org.renewalledger.kernel.assessment;

import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Require;

/**
 * Reads a responsible unit from its kind and id, deriving the jurisdiction it answers for, so a client cannot
 * name a unit of one place with the jurisdiction of another: a street office's id is its nine-digit code; a
 * department's is {@code <county>-<ROLE>} and it answers for the county; a county's id is its own code.
 */
public final class ResponsibleUnits {

    private ResponsibleUnits() {
    }

    public static ResponsibleUnit parse(String kind, String id) {
        Require.present("unitKind", kind);
        Require.present("unitId", id);
        UnitKind unitKind = Require.constant(UnitKind.class, "unitKind", kind);
        ResponsibleUnit unit = switch (unitKind) {
            case STREET_OFFICE -> new ResponsibleUnit(id, unitKind, code(id));
            case DEPARTMENT -> {
                if (!id.matches("\\d{6}-[A-Z_]{2,40}")) {
                    throw DomainException.invalid("unitId", "A department's id is <county code>-<ROLE>, e.g. 520523-HOUSING_BUREAU");
                }
                yield new ResponsibleUnit(id, unitKind, code(id.substring(0, 6)));
            }
            case COUNTY -> new ResponsibleUnit(id, unitKind, code(id));
        };
        JurisdictionCode jurisdiction = unit.jurisdiction();
        if (unitKind == UnitKind.STREET_OFFICE && !jurisdiction.denotesStreetOffice()
                || unitKind != UnitKind.STREET_OFFICE && !jurisdiction.denotesCounty()) {
            throw DomainException.invalid("unitId", "A " + unitKind + " id names a "
                    + (unitKind == UnitKind.STREET_OFFICE ? "street office (nine digits)" : "county (six digits)"));
        }
        return unit;
    }

    private static JurisdictionCode code(String value) {
        try {
            return JurisdictionCode.of(value);
        } catch (DomainException e) {
            throw DomainException.invalid("unitId", e.getMessage());
        }
    }
}
