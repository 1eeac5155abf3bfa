package org.renewalledger.kernel.assessment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Require;

/** The weekly dispatch (周调度) of a county for the week (Monday to Sunday) starting {@code weekStarting}. */
public record FindWeeklyDispatchQuery(JurisdictionCode county, LocalDate weekStarting) {

    public FindWeeklyDispatchQuery {
        Require.present("county", county);
        Require.present("weekStarting", weekStarting);
        if (!county.denotesCounty()) {
            throw DomainException.invalid("county", "The weekly dispatch is a county's (six digits, not a city or province)");
        }
        if (weekStarting.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw DomainException.invalid("weekOf", "A week starts on a Monday");
        }
    }
}
