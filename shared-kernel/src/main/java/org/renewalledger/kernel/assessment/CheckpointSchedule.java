package org.renewalledger.kernel.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The schedule checkpoints of an annual plan (时间节点): the share of the task due within so many days of the
 * plan's start, and all of it by the deadline. Default (one seed): 30% within 60 days, 50% within 100, 80%
 * within 150, 100% by the deadline. A checkpoint is due once its day has passed: on day 60 itself 30% is
 * due. Before the first checkpoint nothing is due yet.
 */
public record CheckpointSchedule(String version, List<Checkpoint> checkpoints) {

    public static final CheckpointSchedule DEFAULT = new CheckpointSchedule("checkpoints-2026.1", List.of(
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
        checkpoints = checkpoints.stream().sorted(Comparator.comparingInt(Checkpoint::days)).toList();
    }

    /** The percent of the task due by {@code asOf} (inclusive) for a plan running from {@code startsOn} to {@code deadline}. */
    public int duePercent(LocalDate startsOn, LocalDate deadline, LocalDate asOf) {
        if (!asOf.isBefore(deadline)) {
            return 100;
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
