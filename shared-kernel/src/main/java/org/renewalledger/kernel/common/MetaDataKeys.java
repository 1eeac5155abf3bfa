package org.renewalledger.kernel.common;

/**
 * The metadata every command and event carries: who (actor), why (correlation and causation) and under
 * which policy version. The time is the event's own timestamp, taken from the injected clock.
 */
public final class MetaDataKeys {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String ACTOR_JURISDICTION = "actorJurisdiction";
    /** The business transaction a message belongs to: the HTTP request's id, carried to every consequence. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** The version of the policy set in force when the command was decided. */
    public static final String POLICY_VERSION = "policyVersion";

    private MetaDataKeys() {
    }
}
