package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;

/**
 * Sets (or revises) a unit's annual targets (年度改造任务), by the assessing jurisdiction's housing bureau. The
 * unit must lie inside the assessing jurisdiction; the plan runs from {@code startsOn} to {@code deadline}
 * within its year.
 */
public record SetAnnualPlanCommand(
        @TargetAggregateIdentifier String planId,
        ResponsibleUnit unit,
        JurisdictionCode assessingJurisdiction,
        int year,
        PlanTargets targets,
        LocalDate startsOn,
        LocalDate deadline) implements JurisdictionScoped {

    public SetAnnualPlanCommand {
        Require.present("unit", unit);
        Require.present("assessingJurisdiction", assessingJurisdiction);
        Require.present("targets", targets);
        Require.present("startsOn", startsOn);
        Require.present("deadline", deadline);
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("year", "The plan year must be between 2000 and 2100");
        }
        if (!assessingJurisdiction.covers(unit.jurisdiction()) || assessingJurisdiction.equals(unit.jurisdiction())
                && unit.kind() == UnitKind.STREET_OFFICE) {
            throw DomainException.invalid("unitJurisdiction", "The unit " + unit.id() + " is not inside " + assessingJurisdiction);
        }
        if (startsOn.getYear() != year) {
            throw DomainException.invalid("startsOn", "The plan starts within its year " + year);
        }
        if (!deadline.isAfter(startsOn)) {
            throw DomainException.invalid("deadline", "The deadline comes after the plan's start");
        }
        if (deadline.getYear() > year + 1) {
            throw DomainException.invalid("deadline", "The deadline is at the latest in the year after the plan year");
        }
        if (planId == null) {
            planId = idOf(unit, year);
        }
    }

    public SetAnnualPlanCommand(ResponsibleUnit unit, JurisdictionCode assessingJurisdiction, int year, PlanTargets targets,
                                LocalDate startsOn, LocalDate deadline) {
        this(null, unit, assessingJurisdiction, year, targets, startsOn, deadline);
    }

    /** One plan stream per unit and year: revisions append to it. */
    public static String idOf(ResponsibleUnit unit, int year) {
        return "plan-" + unit.id() + "-" + year;
    }

    @Override
    public JurisdictionCode scope() {
        return assessingJurisdiction;
    }
}
