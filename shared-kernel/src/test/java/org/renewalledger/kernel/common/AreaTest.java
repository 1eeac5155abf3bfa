package org.renewalledger.kernel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AreaTest {

    @Test
    void shouldHoldSquareMetresExactlyAsSquareCentimetres() {
        Area area = Area.ofSquareMetres("18650.55");
        assertThat(area.squareCentimetres()).isEqualTo(186_505_500L);
        assertThat(area.squareMetres()).isEqualByComparingTo("18650.55");
    }

    @Test
    void shouldAddWithoutRounding() {
        assertThat(Area.ofSquareMetres("0.01").plus(Area.ofSquareMetres("0.02")))
                .isEqualTo(Area.ofSquareMetres("0.03"));
    }

    @Test
    void shouldRefuseMoreThanTwoDecimalsRatherThanRound() {
        assertThatThrownBy(() -> Area.ofSquareMetres(new BigDecimal("10.005")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("two decimals");
    }

    @Test
    void shouldRefuseNegativeAreas() {
        assertThatThrownBy(() -> Area.ofSquareMetres("-1")).isInstanceOf(DomainException.class);
    }
}
