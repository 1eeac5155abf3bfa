package org.renewalledger.command.web;

/** The header that carries a request's correlation id; the web layer fills it in when a client does not. */
public final class CorrelationHeader {

    public static final String NAME = "X-Correlation-Id";

    private CorrelationHeader() {
    }
}
