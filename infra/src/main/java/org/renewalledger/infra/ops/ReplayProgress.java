package org.renewalledger.infra.ops;

import java.time.Instant;

/**
 * How far a replay has got. Events are counted as positions of the event store's global index, from where the
 * replay started ({@code from}, the first event for a full replay) to the store's head when it started
 * ({@code target}); events appended during the replay are handled after it, as live events.
 *
 * @param state          {@code RUNNING}, {@code FINISHED} (caught up with the target) or {@code CANCELLED}
 *                       (stopped by the operator where it had got to, see {@link ProjectionOperations#cancelReplay})
 * @param eventsDone     events replayed so far
 * @param eventsTotal    events to replay in all
 * @param eventsPerSecond the rate since the replay started (or resumed)
 * @param secondsLeft    at that rate; null while no event has been replayed yet; 0 when finished
 * @param endedAt        when it finished or was cancelled; null while running
 */
public record ReplayProgress(String state, Instant startedAt, long from, long target, long position, long eventsDone,
                             long eventsTotal, double eventsPerSecond, Double secondsLeft, Instant endedAt) {
}
