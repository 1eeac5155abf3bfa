package org.renewalledger.command.policy;

import java.util.List;
import java.util.function.Predicate;
import org.renewalledger.kernel.compound.ConsentTally;
import org.renewalledger.kernel.compound.OwnerReference;

/**
 * When a stairwell unit may add an elevator (docs/DOMAIN.md, "Stairwell elevator installation"): the unit's own
 * count meets {@code unitRule} (by default the Civil Code quorum of 2/3, then 3/4 of participants, by area
 * and headcount), AND every owner whose exclusive area the shaft occupies agrees individually.
 */
public record ElevatorConsentPolicy(ConsentPolicy unitRule) {

    public static final ElevatorConsentPolicy DEFAULT = new ElevatorConsentPolicy(ConsentPolicy.CIVIL_CODE_MAJOR);

    public sealed interface Decision permits Approved, Refused {
        String rule();
    }

    public record Approved(String rule) implements Decision {
    }

    public record Refused(String rule, String reason, List<OwnerReference> shaftOwnersNotAgreeing) implements Decision {
    }

    public String rule() {
        return "elevator: " + unitRule.name() + " in the stairwell unit, and every shaft owner agrees";
    }

    public Decision evaluate(ConsentTally unitTally, List<OwnerReference> shaftOwners, Predicate<OwnerReference> agrees) {
        List<OwnerReference> notAgreeing = shaftOwners.stream().filter(agrees.negate()).toList();
        ConsentPolicy.Decision unit = unitRule.evaluate(unitTally);
        if (unit instanceof ConsentPolicy.Refused refused) {
            return new Refused(rule(), refused.reason(), notAgreeing);
        }
        if (!notAgreeing.isEmpty()) {
            return new Refused(rule(), "Shaft owners " + notAgreeing + " have not agreed; each must consent individually",
                    notAgreeing);
        }
        return new Approved(rule());
    }
}
