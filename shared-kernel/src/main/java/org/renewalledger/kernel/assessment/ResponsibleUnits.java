package org.renewalledger.kernel.assessment;

import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.common.Role;

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

    /**
     * Whether the actor speaks for the unit: a street office's own staff; a department's staff of that role in its
     * county ({@code 520523-HOUSING_BUREAU}); a county's housing bureau, which leads its programme. A unit does not
     * assess itself (DOMAIN.md), so whoever speaks for a unit does not close or reissue a ranking that holds it.
     */
    public static boolean speaksFor(Actor actor, ResponsibleUnit unit) {
        return switch (unit.kind()) {
            case STREET_OFFICE -> actor.role() == Role.STREET_OFFICE && actor.jurisdiction().equals(unit.jurisdiction());
            case DEPARTMENT -> actor.jurisdiction().equals(unit.jurisdiction()) && unit.id().endsWith("-" + actor.role().name());
            case COUNTY -> actor.role() == Role.HOUSING_BUREAU && actor.jurisdiction().equals(unit.jurisdiction());
        };
    }

    private static JurisdictionCode code(String value) {
        try {
            return JurisdictionCode.of(value);
        } catch (DomainException e) {
            throw DomainException.invalid("unitId", e.getMessage());
        }
    }
}
