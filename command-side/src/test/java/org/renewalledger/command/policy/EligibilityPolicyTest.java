package org.renewalledger.command.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EligibilityPolicyTest {

    private final EligibilityPolicy policy = EligibilityPolicy.DEFAULT;

    @ParameterizedTest
    @ValueSource(ints = {1950, 1985, 1999})
    void shouldAdmit_whenBuiltBefore2000(int year) {
        assertThat(policy.evaluate(year)).isEqualTo(new EligibilityPolicy.Eligible("built before 2000"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2000, 2004, 2020})
    void shouldRefuse_whenBuiltIn2000OrLater(int year) {
        assertThat(policy.evaluate(year)).isInstanceOf(EligibilityPolicy.Ineligible.class);
        assertThat(((EligibilityPolicy.Ineligible) policy.evaluate(year)).reason()).contains("before 2000");
    }

    @Test
    void shouldTakeItsCutOffFromConfiguration() {
        assertThat(new EligibilityPolicy(2005).evaluate(2004)).isInstanceOf(EligibilityPolicy.Eligible.class);
    }
}
