package org.renewalledger.infra.ops;

/**
 * Where one event processor stands. {@code position} is the lowest position over its segments;
 * {@code head} the event store's latest; a processor is current when it is caught up and not replaying.
 * {@code replay}: the last replay this node started of it (running, finished or cancelled), null if none.
 */
public record ProjectionStatus(String name, boolean running, boolean replaying, boolean caughtUp, long position,
                               long head, boolean error, ReplayProgress replay) {
}
