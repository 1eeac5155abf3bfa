package org.renewalledger.command.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.renewalledger.kernel.programme.PlaceKind;

class EligibilityPolicyTest {

    private final EligibilityPolicy policy = EligibilityPolicy.DEFAULT;

    @ParameterizedTest
    @ValueSource(ints = {1950, 1985, 1999})
    void shouldAdmitAsRegular_whenBuiltBefore2000_whateverTheCounts(int year) {
        assertThat(policy.evaluate(year, 0, 0)).isEqualTo(new EligibilityPolicy.Eligible("built before 2000", PlaceKind.REGULAR));
        assertThat(policy.evaluate(year, 20, 20)).isEqualTo(new EligibilityPolicy.Eligible("built before 2000", PlaceKind.REGULAR));
    }

    @ParameterizedTest
    @ValueSource(ints = {2005, 2006, 2020})
    void shouldRefuse_whenBuilt2005OrLater_evenWithRoomUnderTheCap(int year) {
        assertThat(policy.evaluate(year, 1000, 0)).isInstanceOf(EligibilityPolicy.Ineligible.class);
        assertThat(((EligibilityPolicy.Ineligible) policy.evaluate(year, 1000, 0)).reason()).contains("before 2000", "before 2005");
    }

    /** After admitting, extensions ≤ 15/100 of all places: (e + 1) × 100 ≤ 15 × (n + 1). */
    @ParameterizedTest(name = "{0} places, {1} extensions → one more extension admitted: {2}")
    @CsvSource({
            "0, 0, false",    // 1 of 1
            "5, 0, false",    // 1 of 6 = 16.7%
            "6, 0, true",     // 1 of 7 = 14.3%
            "19, 2, true",    // 3 of 20 = 15% exactly
            "20, 3, false",   // 4 of 21 = 19%
            "25, 3, false",   // 4 of 26 = 15.4%
            "26, 3, true",    // 4 of 27 = 14.8%
    })
    void shouldAdmitAnExtension_onlyWithinTheCap(long admitted, long extensions, boolean admits) {
        EligibilityPolicy.Decision decision = policy.evaluate(2004, admitted, extensions);
        if (admits) {
            assertThat(decision).isEqualTo(new EligibilityPolicy.Eligible(
                    "built before 2005 within the 15/100 extension cap", PlaceKind.EXTENSION));
        } else {
            assertThat(decision).isInstanceOf(EligibilityPolicy.ExtensionCapReached.class);
        }
    }

    @Test
    void shouldCompareTheCapExactly_neverAsADecimal() {
        EligibilityPolicy.Cap cap = EligibilityPolicy.DEFAULT_CAP;
        assertThat(cap.allows(15, 100)).isTrue();
        assertThat(cap.allows(16, 100)).isFalse();
        assertThat(cap.allows(3, 20)).isTrue();
        assertThat(cap.allows(150_000_001, 1_000_000_000)).isFalse();
    }

    @Test
    void shouldDefaultToTheDomainsExtension() {
        assertThat(EligibilityPolicy.DEFAULT).isEqualTo(new EligibilityPolicy(2000, 2005, new EligibilityPolicy.Cap(15, 100)));
    }

    @Test
    void shouldTakeItsCutOffFromConfiguration_andNeverPutTheExtensionBeforeIt() {
        assertThat(new EligibilityPolicy(2005).evaluate(2004, 0, 0))
                .isEqualTo(new EligibilityPolicy.Eligible("built before 2005", PlaceKind.REGULAR));
        assertThat(new EligibilityPolicy(2005).extensionBuiltBeforeYear()).isEqualTo(2005);
        assertThatThrownBy(() -> new EligibilityPolicy(2000, 1998, EligibilityPolicy.DEFAULT_CAP))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EligibilityPolicy.Cap(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldApplyACountysOwnExtensionYearAndCap() {
        EligibilityPolicy narrow = new EligibilityPolicy(2000, 2003, new EligibilityPolicy.Cap(1, 10));
        assertThat(narrow.evaluate(2003, 1000, 0)).isInstanceOf(EligibilityPolicy.Ineligible.class);
        assertThat(narrow.evaluate(2002, 9, 0)).isInstanceOf(EligibilityPolicy.Eligible.class);   // 1 of 10
        assertThat(narrow.evaluate(2002, 8, 0)).isInstanceOf(EligibilityPolicy.ExtensionCapReached.class); // 1 of 9
    }
}
