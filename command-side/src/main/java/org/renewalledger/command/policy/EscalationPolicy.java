package org.renewalledger.command.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.renewalledger.kernel.assessment.UnitKind;
import org.renewalledger.kernel.review.Measure;

/**
 * The escalation ladder for lagging units (docs/DOMAIN.md, "Performance assessment and accountability"). A unit
 * that lags in a month climbs to the highest rung whose threshold it reaches, counting the months it lagged
 * running (consecutive published months, ending with this one; a month with no published assessment breaks
 * the run) or in the calendar year (up to and including this one). Default, one city's rules: lagging in a
 * month → self-criticism; two running or three in a year → admonishment talk; three running or four in a year
 * → circular of criticism; four running or five in a year → accountability.
 *
 * <p>"Departments get thresholds one step higher" is read as: a department is held to the next rung up — the
 * measure it gets is {@code departmentStepUp} rungs above what a street office (or county) gets for the same
 * record, capped at accountability. Departments lead the programme, so they answer earlier.
 */
public record EscalationPolicy(String version, List<Rung> rungs, int departmentStepUp) {

    public static final EscalationPolicy DEFAULT = new EscalationPolicy("ladder-2026.1", List.of(
            new Rung(Measure.SELF_CRITICISM, 1, 1),
            new Rung(Measure.ADMONISHMENT_TALK, 2, 3),
            new Rung(Measure.CIRCULAR_OF_CRITICISM, 3, 4),
            new Rung(Measure.ACCOUNTABILITY, 4, 5)), 1);

    public EscalationPolicy {
        Objects.requireNonNull(version, "version");
        rungs = List.copyOf(rungs);
        if (rungs.isEmpty() || departmentStepUp < 0) {
            throw new IllegalArgumentException("A ladder needs at least one rung and a non-negative department step");
        }
    }

    /** A rung: reached at {@code running} months running or {@code inYear} times in a calendar year. */
    public record Rung(Measure measure, int running, int inYear) {

        public Rung {
            Objects.requireNonNull(measure, "measure");
            if (running < 1 || inYear < 1) {
                throw new IllegalArgumentException("Thresholds count at least one month");
            }
        }
    }

    /** The measure proposed and the rule that fired, quoted in the event. */
    public record Proposal(Measure measure, String rule) {
    }

    /**
     * The measure for a unit of {@code kind} that lagged {@code running} months running and {@code inYear}
     * times this year (both including the month at hand); empty when it reaches no rung (it did not lag).
     */
    public Optional<Proposal> propose(UnitKind kind, int running, int inYear) {
        int reached = -1;
        for (int i = 0; i < rungs.size(); i++) {
            Rung rung = rungs.get(i);
            if (running >= rung.running() || inYear >= rung.inYear()) {
                reached = i;
            }
        }
        if (reached < 0) {
            return Optional.empty();
        }
        Rung rung = rungs.get(reached);
        String rule = version + ": lagging " + running + " month(s) running, " + inYear + " in the year reaches "
                + rung.measure() + " (" + rung.running() + " running or " + rung.inYear() + " in a year)";
        int applied = reached;
        if (kind == UnitKind.DEPARTMENT && departmentStepUp > 0) {
            applied = Math.min(reached + departmentStepUp, rungs.size() - 1);
            rule += "; a department one step higher: " + rungs.get(applied).measure();
        }
        return Optional.of(new Proposal(rungs.get(applied).measure(), rule));
    }
}
