package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The schedule of an annual plan (时间节点 / 序时进度): the share of the year's task due by a day.
 * <ul>
 *   <li>time-proportional ({@code timeProportional}, the default): the share of the plan's days elapsed, days
 *       counted inclusively from the start day to the day measured, {@code floor(100 × elapsed / total)} percent,
 *       100% from the deadline on. A unit on schedule keeps pace with its own calendar;</li>
 *   <li>named checkpoints (a county's choice): {@code percent} of the task due within {@code days} days of the
 *       plan's start, 100% by the deadline; a checkpoint is due from its day on (on day 60 itself the day-60
 *       share is due), and before the first checkpoint nothing is due. {@link #BORROWED} (30% in 60 days, 50%
 *       in 100, 80% in 150) is a demolition team's internal targets, kept under its name for the months
 *       computed with it.</li>
 * </ul>
 */
public record CheckpointSchedule(String version, boolean timeProportional, List<Checkpoint> checkpoints) {

    public static final CheckpointSchedule TIME_PROPORTIONAL = new CheckpointSchedule("time-proportional", true, List.of());

    public static final CheckpointSchedule BORROWED = new CheckpointSchedule("checkpoints-2026.1", List.of(
            new Checkpoint(60, 30), new Checkpoint(100, 50), new Checkpoint(150, 80)));

    /** {@code percent} of the task is due {@code days} days after the plan starts. */
    public record Checkpoint(int days, int percent) {
        public Checkpoint {
            if (days <= 0 || percent <= 0 || percent > 100) {
                throw new IllegalArgumentException("A checkpoint is a positive day count and 1–100 percent");
            }
        }
    }

    public CheckpointSchedule {
        Objects.requireNonNull(version, "version");
        checkpoints = checkpoints == null ? List.of()
                : checkpoints.stream().sorted(Comparator.comparingInt(Checkpoint::days)).toList();
        if (timeProportional && !checkpoints.isEmpty()) {
            throw new IllegalArgumentException("A time-proportional schedule names no checkpoints");
        }
    }

    /** Named checkpoints. */
    public CheckpointSchedule(String version, List<Checkpoint> checkpoints) {
        this(version, false, checkpoints);
    }

    /** The percent of the task due by {@code asOf} (inclusive) for a plan running from {@code startsOn} to {@code deadline}. */
    public int duePercent(LocalDate startsOn, LocalDate deadline, LocalDate asOf) {
        if (!asOf.isBefore(deadline)) {
            return 100;
        }
        if (timeProportional) {
            if (asOf.isBefore(startsOn)) {
                return 0;
            }
            long elapsed = ChronoUnit.DAYS.between(startsOn, asOf) + 1;
            long total = ChronoUnit.DAYS.between(startsOn, deadline) + 1;
            return (int) (100 * elapsed / total);
        }
        long elapsed = ChronoUnit.DAYS.between(startsOn, asOf);
        int due = 0;
        for (Checkpoint checkpoint : checkpoints) {
            if (elapsed >= checkpoint.days()) {
                due = Math.max(due, checkpoint.percent());
            }
        }
        return due;
    }

    /** What is due of a target: {@code ceil(target × percent / 100)}, since "30% of the task" means at least that much. */
    public static long dueOf(long target, int percent) {
        return Math.floorDiv(Math.addExact(Math.multiplyExact(target, percent), 99L), 100L);
    }
}
