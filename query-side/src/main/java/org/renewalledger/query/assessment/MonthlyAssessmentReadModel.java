package org.renewalledger.query.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.renewalledger.kernel.assessment.AssessmentPolicy;
import org.renewalledger.kernel.assessment.FactRef;
import org.renewalledger.kernel.assessment.MonthlyAssessmentCalculator;
import org.renewalledger.kernel.assessment.MonthlyAssessmentView;
import org.renewalledger.kernel.assessment.MonthlyFigures;
import org.renewalledger.kernel.assessment.PlanTargets;
import org.renewalledger.kernel.assessment.ProgrammeProgress;
import org.renewalledger.kernel.assessment.ProgrammeYear;
import org.renewalledger.kernel.assessment.UnitAssessment;
import org.renewalledger.kernel.assessment.PublishedIssue;
import org.renewalledger.kernel.assessment.ReportTimeliness;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.assessment.UnitFacts;
import org.renewalledger.kernel.assessment.UnitKind;
import org.renewalledger.kernel.assessment.UnitResult;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The live monthly assessment: the facts of the jurisdiction, sorted into each planned unit's figures, scored by
 * the kernel's {@link MonthlyAssessmentCalculator} under the month's policy ({@link AssessmentPolicies}: a closed
 * month's published one, else the jurisdiction's). Which facts count (the policy then keeps, for a department
 * answering for its own acts, those it recorded):
 * <ul>
 *   <li>units: those with an annual plan for the month's year set by this jurisdiction, starting by the month's
 *       end; a revised plan replaces the earlier one;</li>
 *   <li>starts, completions and money: of the compounds inside the unit's jurisdiction, dated from 1 January
 *       of the year to the month's last day (milestones by their own date, money by the Beijing date it was
 *       recorded);</li>
 *   <li>a unit with a multi-year programme running that year and no annual plan is assessed against the programme's
 *       year (its compounds to start, buildings, households and floor area, 1 January – 31 December); each unit with a
 *       programme has its progress beside its month;</li>
 *   <li>the plan's named compounds: the latest list for the year, checked against the starts;</li>
 *   <li>the report: the unit's first submission for the month decides on time or late; with none, MISSING
 *       once the due date is past on {@code today}, else PENDING; the latest submission's figures are checked
 *       against the record (虚报).</li>
 * </ul>
 */
@Component
class MonthlyAssessmentReadModel {

    private final AssessmentFactStore store;
    private final AssessmentPolicies policies;

    MonthlyAssessmentReadModel(AssessmentFactStore store, AssessmentPolicies policies) {
        this.store = store;
        this.policies = policies;
    }

    Mono<MonthlyAssessmentView> assess(JurisdictionCode jurisdiction, YearMonth month, LocalDate today) {
        return Mono.zip(store.factsWithin(jurisdiction), store.issues(jurisdiction, month.toString()))
                .flatMap(both -> {
                    List<PublishedIssue> issues = issues(both.getT2());
                    PublishedIssue latest = issues.isEmpty() ? null : issues.get(issues.size() - 1);
                    return store.policies(jurisdiction, latest == null ? null : latest.indicatorPolicy())
                            .map(rows -> view(policies.forMonth(jurisdiction, rows, latest), jurisdiction, month, today,
                                    both.getT1(), issues));
                });
    }

    private MonthlyAssessmentView view(AssessmentPolicy policy, JurisdictionCode jurisdiction, YearMonth month, LocalDate today,
                                       List<FactRow> facts, List<PublishedIssue> issues) {
        LocalDate monthEnd = month.atEndOfMonth();
        LocalDate yearStart = LocalDate.of(month.getYear(), 1, 1);
        LocalDate dueOn = policy.reportDueOn(month);
        Map<String, Long> households = new HashMap<>();
        Map<String, Long> buildings = new HashMap<>();
        Map<String, Long> squareMetres = new HashMap<>();
        Map<String, FactRow> plans = new LinkedHashMap<>();
        Map<String, FactRow> reports = new HashMap<>();
        Map<String, FactRow> latestReports = new HashMap<>();
        Map<String, FactRow> programmes = new LinkedHashMap<>();
        Map<String, FactRow> listings = new HashMap<>();
        for (FactRow fact : facts) {
            switch (fact.factKind()) {
                case FactRow.COMPOUND -> {
                    households.put(fact.subject(), fact.amount());
                    buildings.put(fact.subject(), fact.buildings() == null ? 0L : fact.buildings());
                    squareMetres.put(fact.subject(), fact.areaCm2() == null ? 0L : fact.areaCm2() / 10_000);
                }
                case FactRow.PLAN -> {
                    if (fact.scopeCode().equals(jurisdiction.value()) && String.valueOf(month.getYear()).equals(fact.period())
                            && !fact.plan().startsOn().isAfter(monthEnd)) {
                        plans.remove(fact.unitId());
                        plans.put(fact.unitId(), fact);
                    }
                }
                case FactRow.PROGRAMME -> {
                    if (fact.scopeCode().equals(jurisdiction.value())
                            && ProgrammeDetail.years(fact.detail()).stream().anyMatch(y -> y.year() == month.getYear())) {
                        programmes.put(fact.unitId(), fact);
                    }
                }
                case FactRow.PLAN_COMPOUNDS -> {
                    if (fact.scopeCode().equals(jurisdiction.value()) && String.valueOf(month.getYear()).equals(fact.period())) {
                        listings.put(fact.unitId(), fact);
                    }
                }
                case FactRow.REPORT -> {
                    if (fact.scopeCode().equals(jurisdiction.value()) && month.toString().equals(fact.period())) {
                        reports.putIfAbsent(fact.unitId(), fact);
                        latestReports.put(fact.unitId(), fact);
                    }
                }
                default -> {
                }
            }
        }
        java.util.Set<String> completedBy = new java.util.HashSet<>();
        facts.stream().filter(f -> f.factKind().equals(FactRow.COMPLETED) && f.effectiveOn() != null
                && !f.effectiveOn().isAfter(monthEnd)).forEach(f -> completedBy.add(f.subject()));
        Predicate<FactRow> inPeriod = f -> f.effectiveOn() != null && !f.effectiveOn().isBefore(yearStart)
                && !f.effectiveOn().isAfter(monthEnd);
        // a unit with a programme year and no annual plan is assessed against the programme's year, 1 January – 31 December
        programmes.forEach((unitId, programme) -> {
            if (!plans.containsKey(unitId)) {
                plans.put(unitId, programmePlan(programme, month.getYear()));
            }
        });
        List<UnitFacts> units = new ArrayList<>();
        Map<String, ProgrammeProgress> progress = new HashMap<>();
        plans.values().stream().sorted(java.util.Comparator.comparing(FactRow::unitId)).forEach(plan -> {
            ResponsibleUnit unit = new ResponsibleUnit(plan.unitId(), UnitKind.valueOf(plan.unitKind()),
                    JurisdictionCode.of(plan.unitJurisdiction()));
            Predicate<FactRow> ofUnit = f -> unit.jurisdiction().covers(JurisdictionCode.of(f.scopeCode())) && inPeriod.test(f);
            List<FactRow> started = facts.stream().filter(f -> f.factKind().equals(FactRow.STARTED)).filter(ofUnit).toList();
            List<FactRef> starts = started.stream().map(f -> ref(f, households.getOrDefault(f.subject(), 0L))).toList();
            List<FactRef> startedBuildings = started.stream().map(f -> ref(f, buildings.getOrDefault(f.subject(), 0L))).toList();
            List<FactRef> startedArea = started.stream().map(f -> ref(f, squareMetres.getOrDefault(f.subject(), 0L))).toList();
            FactRow programme = programmes.get(unit.id());
            if (programme != null) {
                progress.put(unit.id(), measure(programme, unit, facts, households, buildings, squareMetres, monthEnd));
            }
            // the latest survey of each of the unit's compounds completed by the month's end
            Map<String, FactRow> surveys = new LinkedHashMap<>();
            facts.stream().filter(f -> f.factKind().equals(FactRow.SURVEY)).filter(ofUnit)
                    .filter(f -> completedBy.contains(f.subject())).forEach(f -> {
                        surveys.remove(f.subject());
                        surveys.put(f.subject(), f);
                    });
            List<FactRef> surveyed = surveys.values().stream()
                    .map(f -> ref(f, f.respondents() == null ? 0 : f.respondents())).toList();
            List<FactRef> satisfied = surveys.values().stream().map(f -> ref(f, f.amount())).toList();
            List<FactRef> completions = facts.stream().filter(f -> f.factKind().equals(FactRow.COMPLETED)).filter(ofUnit)
                    .map(f -> ref(f, 1)).toList();
            List<FactRef> funds = facts.stream().filter(f -> f.factKind().equals(FactRow.FUNDS)).filter(ofUnit)
                    .map(f -> ref(f, f.amount())).toList();
            FactRow report = reports.get(unit.id());
            ReportTimeliness timeliness = report != null ? (Boolean.TRUE.equals(report.late()) ? ReportTimeliness.LATE
                    : ReportTimeliness.ON_TIME) : today.isAfter(dueOn) ? ReportTimeliness.MISSING : ReportTimeliness.PENDING;
            FactRow.PlanColumns p = plan.plan();
            PlanTargets targets = new PlanTargets(p.starts(), p.completions(), p.buildings(), p.households(),
                    new Area(p.areaCm2()), Money.ofFen(p.fundsFen()));
            FactRow listing = listings.get(unit.id());
            UnitFacts unitFacts = new UnitFacts(unit, targets, p.startsOn(), p.deadline(), ref(plan, 0), starts, completions, funds,
                    timeliness, dueOn, report == null ? null : ref(report, 0), startedBuildings, startedArea,
                    claimed(latestReports.get(unit.id())), surveyed, satisfied);
            units.add(listing == null ? unitFacts : unitFacts.withPlanCompounds(ProgrammeDetail.compounds(listing.detail()),
                    ref(listing, 0)));
        });
        List<UnitAssessment> assessed = MonthlyAssessmentCalculator.assess(policy, month, units).stream()
                .map(u -> progress.containsKey(u.result().unit().id()) ? u.withProgramme(progress.get(u.result().unit().id())) : u)
                .toList();
        return new MonthlyAssessmentView(jurisdiction.value(), month.toString(), policy.version(), monthEnd, dueOn, today,
                assessed, issues);
    }

    /** A unit's latest programme in the jurisdiction, measured as of {@code today}; empty when the unit has none there. */
    Mono<ProgrammeProgress> programme(JurisdictionCode jurisdiction, String unitId, LocalDate today) {
        return store.factsWithin(jurisdiction).mapNotNull(facts -> {
            FactRow programme = null;
            Map<String, Long> households = new HashMap<>();
            Map<String, Long> buildings = new HashMap<>();
            Map<String, Long> squareMetres = new HashMap<>();
            for (FactRow fact : facts) {
                if (fact.factKind().equals(FactRow.COMPOUND)) {
                    households.put(fact.subject(), fact.amount());
                    buildings.put(fact.subject(), fact.buildings() == null ? 0L : fact.buildings());
                    squareMetres.put(fact.subject(), fact.areaCm2() == null ? 0L : fact.areaCm2() / 10_000);
                } else if (fact.factKind().equals(FactRow.PROGRAMME) && fact.scopeCode().equals(jurisdiction.value())
                        && fact.unitId().equals(unitId)) {
                    programme = fact;
                }
            }
            if (programme == null) {
                return null; // the controller answers 404: an exception would cross the query bus wrapped
            }
            ResponsibleUnit unit = new ResponsibleUnit(programme.unitId(), UnitKind.valueOf(programme.unitKind()),
                    JurisdictionCode.of(programme.unitJurisdiction()));
            return measure(programme, unit, facts, households, buildings, squareMetres, today);
        });
    }

    private static ProgrammeProgress measure(FactRow programme, ResponsibleUnit unit, List<FactRow> facts, Map<String, Long> households,
                                             Map<String, Long> buildings, Map<String, Long> squareMetres, LocalDate asOf) {
        List<FactRow> started = facts.stream().filter(f -> f.factKind().equals(FactRow.STARTED))
                .filter(f -> unit.jurisdiction().covers(JurisdictionCode.of(f.scopeCode()))).toList();
        return ProgrammeProgress.measure(programme.subject(), unit, ref(programme, 0), ProgrammeDetail.years(programme.detail()),
                started.stream().map(f -> ref(f, households.getOrDefault(f.subject(), 0L))).toList(),
                started.stream().map(f -> ref(f, buildings.getOrDefault(f.subject(), 0L))).toList(),
                started.stream().map(f -> ref(f, squareMetres.getOrDefault(f.subject(), 0L))).toList(), asOf);
    }

    /** The programme's year as a plan fact: its compounds to start, buildings, households and floor area, over the calendar year. */
    private static FactRow programmePlan(FactRow programme, int year) {
        ProgrammeYear y = ProgrammeDetail.years(programme.detail()).stream().filter(p -> p.year() == year).findFirst().orElseThrow();
        return new FactRow(programme.eventId(), programme.globalPosition(), FactRow.PLAN, programme.eventType(), programme.recordedAt(),
                programme.actorId(), programme.actorRole(), programme.scopeCode(), programme.subject(), null, programme.unitId(),
                programme.unitKind(), programme.unitJurisdiction(), String.valueOf(year), LocalDate.of(year, 1, 1), 0, null, null,
                new FactRow.PlanColumns(y.compounds(), 0, y.buildings(), y.households(), y.floorArea().squareCentimetres(), 0,
                        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    /** The figures of the unit's latest submission (a correction replaces what it claims), or null without one. */
    private static MonthlyFigures claimed(FactRow report) {
        if (report == null || report.reported() == null) {
            return null;
        }
        FactRow.Reported r = report.reported();
        return new MonthlyFigures(r.starts(), r.completions(), r.households(), Money.ofFen(r.fundsFen()), null);
    }

    private static List<PublishedIssue> issues(List<AssessmentFactStore.IssueRow> rows) {
        Map<Integer, List<AssessmentFactStore.IssueRow>> byIssue = new LinkedHashMap<>();
        rows.forEach(row -> byIssue.computeIfAbsent(row.issue(), i -> new ArrayList<>()).add(row));
        return byIssue.values().stream().map(lines -> {
            AssessmentFactStore.IssueRow first = lines.get(0);
            List<UnitResult> results = lines.stream().map(AssessmentFactStore.IssueRow::result).toList();
            return new PublishedIssue(first.issue(), first.eventId(), first.eventType(), first.recordedAt(), first.actorId(),
                    first.actorRole(), first.indicatorPolicy(), first.reason(), results);
        }).toList();
    }

    private static FactRef ref(FactRow fact, long value) {
        return new FactRef(fact.eventId(), fact.eventType(), fact.recordedAt(), fact.actorId(), fact.actorRole(), fact.subject(),
                fact.effectiveOn(), value, fact.claim());
    }
}
