package org.renewalledger.kernel.assessment;

import java.util.Objects;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * A unit that is given targets, reports monthly, is assessed and ranked, and may be the subject of
 * disciplinary measures. {@code jurisdiction} is the division the unit answers for (a street office's own
 * code; a department's or county's county code); the ranking runs among the units of one assessing
 * jurisdiction.
 */
public record ResponsibleUnit(String id, UnitKind kind, JurisdictionCode jurisdiction) {

    public ResponsibleUnit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        if (id == null || !id.matches("\\d{6}(\\d{3})?(-[A-Z_]{2,40})?")) {
            throw DomainException.invalid("unitId", "A unit id is a division code, or a county code and a department: " + id);
        }
    }

    public static ResponsibleUnit streetOffice(JurisdictionCode streetOffice) {
        return new ResponsibleUnit(streetOffice.value(), UnitKind.STREET_OFFICE, streetOffice);
    }
}
