package org.renewalledger.kernel.assessment;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;

/**
 * Sets (or revises) a unit's multi-year programme (seed 000: 船山区 2020–2022, 650 compounds in three years), by the
 * assessing jurisdiction's housing bureau: consecutive years, each with its compounds, buildings, households and
 * floor area. One programme per unit and first year; a later command revises it.
 */
public record SetProgrammeCommand(
        @TargetAggregateIdentifier String programmeId,
        ResponsibleUnit unit,
        JurisdictionCode assessingJurisdiction,
        List<ProgrammeYear> years) implements JurisdictionScoped {

    public SetProgrammeCommand {
        Require.present("unit", unit);
        Require.present("assessingJurisdiction", assessingJurisdiction);
        years = List.copyOf(Require.present("years", years));
        if (years.isEmpty() || years.size() > 10) {
            throw DomainException.invalid("years", "A programme runs one to ten years");
        }
        for (int i = 1; i < years.size(); i++) {
            if (years.get(i).year() != years.get(i - 1).year() + 1) {
                throw DomainException.invalid("years", "A programme's years are consecutive, in order");
            }
        }
        if (!assessingJurisdiction.covers(unit.jurisdiction()) || assessingJurisdiction.equals(unit.jurisdiction())
                && unit.kind() == UnitKind.STREET_OFFICE) {
            throw DomainException.invalid("unitJurisdiction", "The unit " + unit.id() + " is not inside " + assessingJurisdiction);
        }
        programmeId = idOf(unit, years.get(0).year());
    }

    public SetProgrammeCommand(ResponsibleUnit unit, JurisdictionCode assessingJurisdiction, List<ProgrammeYear> years) {
        this(null, unit, assessingJurisdiction, years);
    }

    /** One stream per unit and first year: revisions append to it. */
    public static String idOf(ResponsibleUnit unit, int firstYear) {
        return "programme-" + unit.id() + "-" + firstYear;
    }

    @Override
    public JurisdictionCode scope() {
        return assessingJurisdiction;
    }
}
