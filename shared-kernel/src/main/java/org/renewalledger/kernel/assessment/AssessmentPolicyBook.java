package org.renewalledger.kernel.assessment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.policy.AssessmentPolicySetEvent;

/**
 * The assessment policies known: the built-in ones and those set by command, by version; and the one each
 * jurisdiction applies (its county's if set, else its city's, else its province's, else {@link AssessmentPolicy#DEFAULT}).
 * Plain Java, filled from {@link AssessmentPolicySetEvent}s: the command side keeps one in memory for the close's
 * re-check, the query side builds one from its table for each read.
 */
public final class AssessmentPolicyBook {

    private final Map<String, AssessmentPolicy> byVersion = new ConcurrentHashMap<>();
    private final Map<JurisdictionCode, AssessmentPolicy> byJurisdiction = new ConcurrentHashMap<>();

    private AssessmentPolicyBook() {
        AssessmentPolicy.BUILT_IN.forEach(policy -> byVersion.put(policy.version(), policy));
    }

    /** The built-in policies only; every jurisdiction applies the default. */
    public static AssessmentPolicyBook builtIn() {
        return new AssessmentPolicyBook();
    }

    public AssessmentPolicyBook apply(AssessmentPolicySetEvent event) {
        byVersion.put(event.policy().version(), event.policy());
        byJurisdiction.put(event.jurisdiction(), event.policy());
        return this;
    }

    /** The policy of that version, or null when none is known. */
    public AssessmentPolicy named(String version) {
        return version == null ? null : byVersion.get(version);
    }

    /** The policy a jurisdiction (or any code inside it) applies: the nearest set up the hierarchy, else the default. */
    public AssessmentPolicy forJurisdiction(JurisdictionCode code) {
        String digits = code.value();
        for (String candidate : new String[] {digits.substring(0, 6), digits.substring(0, 4) + "00", digits.substring(0, 2) + "0000"}) {
            AssessmentPolicy policy = byJurisdiction.get(JurisdictionCode.of(candidate));
            if (policy != null) {
                return policy;
            }
        }
        return AssessmentPolicy.DEFAULT;
    }
}
