package org.renewalledger.command.policy;

import java.time.LocalDate;

/**
 * How long a scheme stays posted before approval (公示): at least {@code workingDays} working days on the
 * official holiday calendar, the day it goes up included when that is a working day. The notice has fully
 * run once its last working day is over, so approval may come the day after, at the earliest.
 */
public record NoticePolicy(int workingDays) {

    public static final NoticePolicy DEFAULT = new NoticePolicy(5);

    public NoticePolicy {
        if (workingDays < 1) {
            throw new IllegalArgumentException("A notice runs at least one working day");
        }
    }

    public LocalDate lastDay(LocalDate startsOn, WorkingDayCalendar calendar) {
        return calendar.nthWorkingDayFrom(startsOn, workingDays);
    }

    public boolean hasRun(LocalDate lastDay, LocalDate today) {
        return today.isAfter(lastDay);
    }

    public String rule() {
        return "notice of at least " + workingDays + " working days";
    }
}
