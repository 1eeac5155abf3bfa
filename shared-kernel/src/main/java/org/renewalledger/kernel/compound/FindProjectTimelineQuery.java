package org.renewalledger.kernel.compound;

/** A project's history, oldest first; answered with a {@link ProjectTimeline}. */
public record FindProjectTimelineQuery(CompoundId compoundId) {
}
