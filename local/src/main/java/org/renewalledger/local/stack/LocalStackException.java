package org.renewalledger.local.stack;

/**
 * The local stack cannot start, for a reason the person starting it can fix: the message names the cause and
 * {@link #action()} the fix. {@link LocalStackFailureAnalyzer} prints both instead of a stack trace.
 */
public class LocalStackException extends RuntimeException {

    private final String action;

    public LocalStackException(String cause, String action) {
        this(cause, action, null);
    }

    public LocalStackException(String cause, String action, Throwable underlying) {
        super(cause, underlying);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
