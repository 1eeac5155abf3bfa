package org.renewalledger.command.compound;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates of the programme are Beijing dates: "today" for a decision is today in China, from the injected clock. */
final class ProgrammeTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ProgrammeTime() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
