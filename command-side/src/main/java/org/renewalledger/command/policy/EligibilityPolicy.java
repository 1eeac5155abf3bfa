package org.renewalledger.command.policy;

import org.renewalledger.kernel.programme.PlaceKind;

/**
 * Which compounds a county's programme may take (docs/DOMAIN.md, "Survey"): those built before a cut-off year
 * (default 2000) take a regular place; those built before the extension year (default 2005) take an
 * extension place while, after admitting them, extension places are at most {@code extensionCap} of all
 * places in the programme (default 15/100, by count). Exact arithmetic: admitting the {@code e+1}-th
 * extension into a programme of {@code n} places is allowed iff {@code (e + 1) × den ≤ num × (n + 1)}.
 */
public record EligibilityPolicy(int builtBeforeYear, int extensionBuiltBeforeYear, Cap extensionCap) {

    public static final int DEFAULT_EXTENSION_YEAR = 2005;
    public static final Cap DEFAULT_CAP = new Cap(15, 100);
    public static final EligibilityPolicy DEFAULT = new EligibilityPolicy(2000);

    public EligibilityPolicy {
        if (extensionBuiltBeforeYear < builtBeforeYear) {
            throw new IllegalArgumentException("The extension year " + extensionBuiltBeforeYear
                    + " cannot be before the cut-off " + builtBeforeYear);
        }
        if (extensionCap == null) {
            throw new IllegalArgumentException("extensionCap");
        }
    }

    /** A cut-off with docs/DOMAIN.md's extension: before 2005 (or the cut-off, if later) within 15/100. */
    public EligibilityPolicy(int builtBeforeYear) {
        this(builtBeforeYear, Math.max(builtBeforeYear, DEFAULT_EXTENSION_YEAR), DEFAULT_CAP);
    }

    /** The most a part may be of a whole, as an exact fraction ("up to 15%" is inclusive). */
    public record Cap(long numerator, long denominator) {

        public Cap {
            if (numerator < 0 || denominator <= 0 || numerator > denominator) {
                throw new IllegalArgumentException("A cap is a fraction between 0 and 1: " + numerator + "/" + denominator);
            }
        }

        /** Whether {@code part} of {@code whole} stays within the cap, by cross-multiplying whole numbers. */
        public boolean allows(long part, long whole) {
            return Math.multiplyExact(part, denominator) <= Math.multiplyExact(numerator, whole);
        }

        @Override
        public String toString() {
            return numerator + "/" + denominator;
        }
    }

    /** The outcome, naming the rule applied so that the event or the refusal can quote it. */
    public sealed interface Decision permits Eligible, Ineligible, ExtensionCapReached {
    }

    public record Eligible(String rule, PlaceKind place) implements Decision {
    }

    /** Outside the programme whatever the county's counts: built in or after the extension year. */
    public record Ineligible(String reason) implements Decision {
    }

    /** Would be an extension, but the county's programme has no extension place left. */
    public record ExtensionCapReached(String reason) implements Decision {
    }

    /**
     * Decides a compound's place in a programme that holds {@code admitted} places, {@code extensions} of
     * them extension places (both before admitting this compound).
     */
    public Decision evaluate(int builtYear, long admitted, long extensions) {
        if (builtYear < builtBeforeYear) {
            return new Eligible("built before " + builtBeforeYear, PlaceKind.REGULAR);
        }
        if (builtYear >= extensionBuiltBeforeYear) {
            return new Ineligible("Built in " + builtYear + "; the programme takes compounds built before "
                    + builtBeforeYear + (extensionBuiltBeforeYear > builtBeforeYear
                    ? ", or before " + extensionBuiltBeforeYear + " within its extension cap" : ""));
        }
        if (!extensionCap.allows(extensions + 1, admitted + 1)) {
            return new ExtensionCapReached("Built in " + builtYear + ", the compound needs an extension place; "
                    + "the programme holds " + extensions + " of " + admitted + " places as extensions, and one more "
                    + "would exceed " + extensionCap + " of its places");
        }
        return new Eligible("built before " + extensionBuiltBeforeYear + " within the " + extensionCap
                + " extension cap", PlaceKind.EXTENSION);
    }
}
