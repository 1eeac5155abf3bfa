package org.renewalledger.query.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project's money against its approval (docs/FUNDING.md): the approved budget, the override decisions and the
 * resulting cap; per source what the approved plan provides against what the ledger allocated and paid; and the
 * cost chain budget → 财评 → contract → final accounts → audited settlement → paid. Every difference is a flag;
 * {@code consistent} when there is none. Amounts in yuan.
 */
public record ApprovalReport(String projectId, String compoundId, BigDecimal approvedBudget, List<Override> overrides,
                             BigDecimal cap, BigDecimal allocated, List<SourceLine> sources, List<ChainStep> chain,
                             List<Flag> flags, boolean consistent) {

    /** A recorded decision to allocate past the budget: who decided, as what, why, and its document. */
    public record Override(String decisionId, BigDecimal amount, String reason, String document, String decidedBy,
                           String decidedAs) {
    }

    /** One source: planned by the approved scheme, allocated and paid (disbursed net of clawbacks) by the ledger. */
    public record SourceLine(String source, BigDecimal planned, BigDecimal allocated, BigDecimal paid) {
    }

    /** One figure of the cost chain; null amount where it is not recorded yet. */
    public record ChainStep(String stage, BigDecimal amount, String document, String reference) {
    }

    /** A difference an auditor looks at: what rule, where, and the figures. */
    public record Flag(String rule, String where, String detail) {
    }
}
