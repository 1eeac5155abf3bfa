package org.renewalledger.infra.audit;

/**
 * The answer of a verification. {@code head} ("position:hash") is what an auditor records as an anchor
 * for later checks; {@code unsealed} counts events stored but not yet sealed (normally zero or a few,
 * for moments).
 */
public record ChainReport(boolean intact, long intactEvents, String head, long unsealed, Long firstUnsealedGlobalIndex,
                          AuditChain.Problem firstProblem) {
}
