package org.renewalledger.kernel.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The default schedule: 30% within 60 days, 50% within 100, 80% within 150, 100% by the deadline. */
class CheckpointScheduleTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2025, 12, 31);
    private final CheckpointSchedule schedule = CheckpointSchedule.BORROWED;

    @Test
    void shouldMakeNothingDue_beforeTheFirstCheckpoint() {
        assertThat(schedule.duePercent(START, DEADLINE, START.plusDays(59))).isZero();
    }

    @Test
    void shouldMakeEachCheckpointDueOnItsOwnDay() {
        assertThat(schedule.duePercent(START, DEADLINE, START.plusDays(60))).isEqualTo(30);
        assertThat(schedule.duePercent(START, DEADLINE, START.plusDays(99))).isEqualTo(30);
        assertThat(schedule.duePercent(START, DEADLINE, START.plusDays(100))).isEqualTo(50);
        assertThat(schedule.duePercent(START, DEADLINE, START.plusDays(149))).isEqualTo(50);
        assertThat(schedule.duePercent(START, DEADLINE, START.plusDays(150))).isEqualTo(80);
        assertThat(schedule.duePercent(START, DEADLINE, LocalDate.of(2025, 10, 31))).isEqualTo(80);
    }

    @Test
    void shouldMakeAllDue_fromTheDeadline() {
        assertThat(schedule.duePercent(START, DEADLINE, DEADLINE.minusDays(1))).isEqualTo(80);
        assertThat(schedule.duePercent(START, DEADLINE, DEADLINE)).isEqualTo(100);
        assertThat(schedule.duePercent(START, DEADLINE, DEADLINE.plusDays(40))).isEqualTo(100);
    }

    @Test
    void shouldRoundWhatIsDueUp_since30PercentMeansAtLeastThat() {
        assertThat(CheckpointSchedule.dueOf(36, 80)).isEqualTo(29); // 28.8
        assertThat(CheckpointSchedule.dueOf(40, 80)).isEqualTo(32);
        assertThat(CheckpointSchedule.dueOf(31, 80)).isEqualTo(25); // 24.8
        assertThat(CheckpointSchedule.dueOf(1875, 80)).isEqualTo(1500);
        assertThat(CheckpointSchedule.dueOf(0, 80)).isZero();
        assertThat(CheckpointSchedule.dueOf(7, 0)).isZero();
    }
}
