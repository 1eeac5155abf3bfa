package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;

/**
 * Names the compounds of a unit's annual plan in its three batches (实施/谋划/储备). The plan is reported by 31
 * December of the year before (DOMAIN.md, "Lifecycle", 7); {@code listedOn} is today's Beijing date from the
 * server's clock. A later list replaces the earlier one.
 */
public record ListPlanCompoundsCommand(
        @TargetAggregateIdentifier String planId,
        ResponsibleUnit unit,
        JurisdictionCode assessingJurisdiction,
        int year,
        List<PlannedCompound> compounds,
        LocalDate listedOn) implements JurisdictionScoped {

    public ListPlanCompoundsCommand {
        Require.present("unit", unit);
        Require.present("assessingJurisdiction", assessingJurisdiction);
        Require.present("listedOn", listedOn);
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("year", "The plan year must be between 2000 and 2100");
        }
        compounds = List.copyOf(Require.present("compounds", compounds));
        if (compounds.isEmpty() || compounds.size() > 10_000) {
            throw DomainException.invalid("compounds", "A plan names between 1 and 10,000 compounds");
        }
        if (new HashSet<>(compounds.stream().map(PlannedCompound::compoundId).toList()).size() != compounds.size()) {
            throw DomainException.invalid("compounds", "A compound is named once, in one batch");
        }
        planId = SetAnnualPlanCommand.idOf(unit, year);
    }

    public ListPlanCompoundsCommand(ResponsibleUnit unit, JurisdictionCode assessingJurisdiction, int year,
                                    List<PlannedCompound> compounds, LocalDate listedOn) {
        this(null, unit, assessingJurisdiction, year, compounds, listedOn);
    }

    @Override
    public JurisdictionCode scope() {
        return assessingJurisdiction;
    }
}
