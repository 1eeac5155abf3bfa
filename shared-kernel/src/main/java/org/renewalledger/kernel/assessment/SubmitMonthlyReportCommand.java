package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;

/**
 * A unit submits (or corrects) its monthly report (月报) for {@code month}. {@code submittedOn} is today's
 * Beijing date, stamped by the server from its clock, never taken from the client: it decides timeliness.
 */
public record SubmitMonthlyReportCommand(
        @TargetAggregateIdentifier String reportId,
        ResponsibleUnit unit,
        JurisdictionCode assessingJurisdiction,
        YearMonth month,
        MonthlyFigures figures,
        LocalDate submittedOn) implements JurisdictionScoped {

    public SubmitMonthlyReportCommand {
        Require.present("unit", unit);
        Require.present("assessingJurisdiction", assessingJurisdiction);
        Require.present("month", month);
        Require.present("figures", figures);
        Require.present("submittedOn", submittedOn);
        if (!assessingJurisdiction.covers(unit.jurisdiction())) {
            throw org.renewalledger.kernel.common.DomainException.invalid("unitJurisdiction",
                    "The unit " + unit.id() + " is not inside " + assessingJurisdiction);
        }
        if (reportId == null) {
            reportId = idOf(unit, month);
        }
    }

    public SubmitMonthlyReportCommand(ResponsibleUnit unit, JurisdictionCode assessingJurisdiction, YearMonth month,
                                      MonthlyFigures figures, LocalDate submittedOn) {
        this(null, unit, assessingJurisdiction, month, figures, submittedOn);
    }

    /** One report stream per unit and month: corrections append to it. */
    public static String idOf(ResponsibleUnit unit, YearMonth month) {
        return "report-" + unit.id() + "-" + month;
    }

    /** The unit reports for itself: its own jurisdiction must be the actor's. */
    @Override
    public JurisdictionCode scope() {
        return unit.jurisdiction();
    }
}
