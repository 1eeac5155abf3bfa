package org.renewalledger.command.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.renewalledger.kernel.assessment.MonthlyFigures;
import org.renewalledger.kernel.assessment.PlanTargets;
import org.renewalledger.kernel.assessment.ProgrammeYear;
import org.renewalledger.kernel.assessment.SetProgrammeCommand;
import org.renewalledger.kernel.assessment.ResponsibleUnits;
import org.renewalledger.kernel.assessment.SetAnnualPlanCommand;
import org.renewalledger.kernel.assessment.SubmitMonthlyReportCommand;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.ProgrammeTime;
import org.renewalledger.kernel.common.Require;

/** The JSON bodies of the plan, report and assessment commands. Checks live in the domain types. */
final class AssessmentRequests {

    private AssessmentRequests() {
    }

    /** {@code POST /api/assessments/plans}: floor area in m², funds in yuan, both with at most two decimals. */
    record Plan(String unitKind, String unitId, String assessingJurisdiction, Integer year, Integer compoundsToStart,
                Integer compoundsToComplete, Integer buildings, Integer households, BigDecimal floorArea,
                BigDecimal fundsToSpend, LocalDate startsOn, LocalDate deadline) {

        SetAnnualPlanCommand toCommand() {
            PlanTargets targets = new PlanTargets(
                    nonNegative("compoundsToStart", compoundsToStart), nonNegative("compoundsToComplete", compoundsToComplete),
                    nonNegative("buildings", buildings), nonNegative("households", households),
                    Area.ofSquareMetres(Require.present("floorArea", floorArea)), funds("fundsToSpend", fundsToSpend));
            return new SetAnnualPlanCommand(ResponsibleUnits.parse(unitKind, unitId),
                    JurisdictionCode.parse("assessingJurisdiction", assessingJurisdiction), Require.present("year", year),
                    targets, startsOn, deadline);
        }
    }

    /** {@code POST /api/assessments/programmes}: consecutive years, floor area in m² with at most two decimals. */
    record Programme(String unitKind, String unitId, String assessingJurisdiction, List<Year> years) {

        /** One programme year's targets. */
        record Year(Integer year, Integer compounds, Integer buildings, Integer households, BigDecimal floorArea) {
        }

        SetProgrammeCommand toCommand() {
            List<ProgrammeYear> set = Require.present("years", years).stream()
                    .map(y -> new ProgrammeYear(Require.present("year", y.year()), nonNegative("compounds", y.compounds()),
                            nonNegative("buildings", y.buildings()), nonNegative("households", y.households()),
                            Area.ofSquareMetres(y.floorArea() == null ? BigDecimal.ZERO : y.floorArea())))
                    .toList();
            return new SetProgrammeCommand(ResponsibleUnits.parse(unitKind, unitId),
                    JurisdictionCode.parse("assessingJurisdiction", assessingJurisdiction), set);
        }
    }

    /** {@code POST /api/assessments/reports}: the unit's figures for the month, cumulative for the year. */
    record Report(String unitKind, String unitId, String assessingJurisdiction, String month, Integer compoundsStarted,
                  Integer compoundsCompleted, Integer households, BigDecimal fundsSpent, String summary) {

        SubmitMonthlyReportCommand toCommand(LocalDate today) {
            MonthlyFigures figures = new MonthlyFigures(nonNegative("compoundsStarted", compoundsStarted),
                    nonNegative("compoundsCompleted", compoundsCompleted), nonNegative("households", households),
                    funds("fundsSpent", fundsSpent), summary);
            return new SubmitMonthlyReportCommand(ResponsibleUnits.parse(unitKind, unitId),
                    JurisdictionCode.parse("assessingJurisdiction", assessingJurisdiction),
                    ProgrammeTime.parseAssessmentMonth("month", month), figures, today);
        }
    }

    /** {@code POST /api/assessments/{jurisdiction}/{month}/reissue}. */
    record Reissue(String reason) {
    }

    private static int nonNegative(String field, Integer value) {
        Require.present(field, value);
        if (value < 0) {
            throw DomainException.invalid(field, field + " cannot be negative");
        }
        return value;
    }

    private static Money funds(String field, BigDecimal yuan) {
        Money money;
        try {
            money = Money.ofYuan(Require.present(field, yuan));
        } catch (DomainException e) {
            throw DomainException.invalid(field, e.getMessage());
        }
        if (money.isNegative()) {
            throw DomainException.invalid(field, field + " cannot be negative");
        }
        return money;
    }
}
