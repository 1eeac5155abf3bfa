package org.renewalledger.command.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How long a scheme stays posted before approval (公示): at least {@code workingDays} working days on the
 * official holiday calendar, counted as {@code counting} says. The shipped rule is the Civil Code's one rule for
 * every period (Art. 201, {@link PeriodCounting#CIVIL_CODE_ART_201}): the posting day does not count, the first
 * working day after it is day 1. The notice has fully run once its last working day is over, so approval may come
 * the day after, at the earliest.
 */
public record NoticePolicy(int workingDays, PeriodCounting counting) {

    public static final NoticePolicy DEFAULT = new NoticePolicy(5);

    public NoticePolicy {
        if (workingDays < 1) {
            throw new IllegalArgumentException("A notice runs at least one working day");
        }
        Objects.requireNonNull(counting, "counting");
    }

    /** Counted by the Civil Code's rule (Art. 201). */
    public NoticePolicy(int workingDays) {
        this(workingDays, PeriodCounting.CIVIL_CODE_ART_201);
    }

    public LocalDate lastDay(LocalDate startsOn, WorkingDayCalendar calendar) {
        LocalDate dayOne = counting == PeriodCounting.CIVIL_CODE_ART_201 ? startsOn.plusDays(1) : startsOn;
        return calendar.nthWorkingDayFrom(dayOne, workingDays);
    }

    public boolean hasRun(LocalDate lastDay, LocalDate today) {
        return today.isAfter(lastDay);
    }

    public String rule() {
        return "notice of at least " + workingDays + " working days"
                + (counting == PeriodCounting.CIVIL_CODE_ART_201 ? " from the day after posting (Civil Code Art. 201)"
                : ", the posting day counted");
    }
}
