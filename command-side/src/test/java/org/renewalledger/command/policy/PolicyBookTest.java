package org.renewalledger.command.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.policy.JurisdictionPolicySetEvent;

class PolicyBookTest {

    private static JurisdictionPolicySetEvent set(String code, String version) {
        return new JurisdictionPolicySetEvent("policy-register", JurisdictionCode.of(code), version, 2000,
                "civil-code-278-ordinary", 7, 20);
    }

    @Test
    void shouldUseTheNearestJurisdictionUpTheHierarchy_thenTheDefaults() {
        PolicyBook book = PolicyBook.withDefaults(PolicySet.DEFAULT).apply(set("520000", "guizhou-1")).apply(set("520523", "jinsha-1"));
        assertThat(book.forJurisdiction(JurisdictionCode.of("520523")).version()).isEqualTo("jinsha-1");
        assertThat(book.forJurisdiction(JurisdictionCode.of("520502")).version()).isEqualTo("guizhou-1");
        assertThat(book.forJurisdiction(JurisdictionCode.of("510104")).version()).isEqualTo(PolicySet.DEFAULT.version());
    }

    @Test
    void shouldBuildTheRulesFromTheEvent() {
        PolicySet jinsha = PolicyBook.withDefaults(PolicySet.DEFAULT).apply(set("520523", "jinsha-1"))
                .forJurisdiction(JurisdictionCode.of("520523"));
        assertThat(jinsha.consent()).isEqualTo(ConsentPolicy.CIVIL_CODE_ORDINARY);
        assertThat(jinsha.notice().workingDays()).isEqualTo(7);
        assertThat(jinsha.funding().minimumResidentShare()).isEqualTo(Threshold.atLeast(20, 100));
    }

    @Test
    void shouldKeepDomainsExtension_whenThePolicyDoesNotSetItsOwn() {
        PolicySet jinsha = PolicyBook.withDefaults(PolicySet.DEFAULT).apply(set("520523", "jinsha-1"))
                .forJurisdiction(JurisdictionCode.of("520523"));
        assertThat(jinsha.eligibility()).isEqualTo(EligibilityPolicy.DEFAULT);
    }

    @Test
    void shouldTakeACountysOwnExtensionYearAndCap() {
        JurisdictionPolicySetEvent narrow = new JurisdictionPolicySetEvent("policy-register", JurisdictionCode.of("520523"),
                "jinsha-2", 2000, "double-two-thirds", 5, 10, 2003, 10);
        PolicySet jinsha = PolicyBook.withDefaults(PolicySet.DEFAULT).apply(narrow).forJurisdiction(JurisdictionCode.of("520523"));
        assertThat(jinsha.eligibility()).isEqualTo(new EligibilityPolicy(2000, 2003, new EligibilityPolicy.Cap(10, 100)));
    }
}
