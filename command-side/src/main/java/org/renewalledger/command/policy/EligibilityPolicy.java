package org.renewalledger.command.policy;

/**
 * Which compounds the programme may take (DOMAIN.md, "Survey"): those built before a cut-off year
 * (default 2000). The extension to 2005 within a jurisdiction's cap arrives with the programme caps.
 */
public record EligibilityPolicy(int builtBeforeYear) {

    public static final EligibilityPolicy DEFAULT = new EligibilityPolicy(2000);

    /** The outcome, naming the rule applied so that the event or the refusal can quote it. */
    public sealed interface Decision permits Eligible, Ineligible {
    }

    public record Eligible(String rule) implements Decision {
    }

    public record Ineligible(String reason) implements Decision {
    }

    public Decision evaluate(int builtYear) {
        if (builtYear < builtBeforeYear) {
            return new Eligible("built before " + builtBeforeYear);
        }
        return new Ineligible("Built in " + builtYear + "; the programme takes compounds built before "
                + builtBeforeYear);
    }
}
