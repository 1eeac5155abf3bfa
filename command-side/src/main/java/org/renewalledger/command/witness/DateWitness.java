package org.renewalledger.command.witness;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.renewalledger.kernel.assessment.CloseMonthlyAssessmentCommand;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.ProgrammeTime;

/**
 * What the server, not the client, knows about a claimed date: today's Beijing date by the injected clock, and
 * whether the date falls in an assessment month already closed for the place it concerns.
 *
 * <p>A month's assessment is one event stream per assessing jurisdiction and month, begun by its close
 * ({@link CloseMonthlyAssessmentCommand#idOf}); so "closed" is "that stream exists", one indexed look-up in the event
 * store per jurisdiction that may assess the place (the place itself, its county, city and province). This reads
 * the event store, never a read model, sees a close committed on any node at once, and needs no state kept in
 * step at start-up.
 *
 * <p>A dated command asks for up to four streams, so the streams found are remembered (a bounded set, the most recently
 * used kept): a closed month never opens again. Its stream is append-only (the event store refuses deletes), and a
 * reissue ({@code ReissueMonthlyAssessmentCommand}) appends to that same stream. Only "closed" is remembered: "open"
 * is asked again each time, so a close committed on any node is seen at once.
 */
public final class DateWitness {

    /**
     * Closed months remembered: only jurisdictions that close rankings have any, so this holds years of a province's
     * months in a MB or two; a month pushed out is asked for again.
     */
    static final long CLOSED_MONTHS_KEPT = 10_000;

    private final Clock clock;
    private final Predicate<String> streamExists;
    private final Cache<String, Boolean> closedMonths = Caffeine.newBuilder().maximumSize(CLOSED_MONTHS_KEPT).build();

    /**
     * @param streamExists whether the event store holds a stream of that aggregate id
     */
    public DateWitness(Clock clock, Predicate<String> streamExists) {
        this.clock = clock;
        this.streamExists = streamExists;
    }

    public LocalDate today() {
        return ProgrammeTime.today(clock);
    }

    /** True when any jurisdiction that assesses {@code place} has closed the month of {@code date}. */
    public boolean inClosedMonth(JurisdictionCode place, LocalDate date) {
        YearMonth month = YearMonth.from(date);
        return assessors(place).stream()
                .anyMatch(assessor -> closed(CloseMonthlyAssessmentCommand.idOf(assessor, month)));
    }

    /** Whether the month's assessment stream exists: remembered once it does, asked for until then. */
    private boolean closed(String assessmentId) {
        if (closedMonths.getIfPresent(assessmentId) != null) {
            return true;
        }
        if (streamExists.test(assessmentId)) {
            closedMonths.put(assessmentId, Boolean.TRUE);
            return true;
        }
        return false;
    }

    private static Set<JurisdictionCode> assessors(JurisdictionCode place) {
        String digits = place.value();
        Set<JurisdictionCode> codes = new LinkedHashSet<>();
        codes.add(place);
        codes.add(JurisdictionCode.of(digits.substring(0, 6)));
        codes.add(JurisdictionCode.of(digits.substring(0, 4) + "00"));
        codes.add(JurisdictionCode.of(digits.substring(0, 2) + "0000"));
        return codes;
    }
}
