package org.renewalledger.kernel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void shouldHoldYuanExactlyAsFen() {
        Money money = Money.ofYuan("221410000.01");
        assertThat(money.fen()).isEqualTo(22_141_000_001L);
        assertThat(money.yuan()).isEqualByComparingTo("221410000.01");
        assertThat(money).hasToString("¥221410000.01");
    }

    @Test
    void shouldAddAndSubtractWithoutRounding() {
        assertThat(Money.ofYuan("0.1").plus(Money.ofYuan("0.2"))).isEqualTo(Money.ofYuan("0.30"));
        assertThat(Money.ofYuan("1.00").minus(Money.ofYuan("1.01")).isNegative()).isTrue();
    }

    @Test
    void shouldRefuseFractionsOfAFenRatherThanRound() {
        assertThatThrownBy(() -> Money.ofYuan("10.005"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field()).isEqualTo("amount");
    }

    @Test
    void shouldRefuseTextThatIsNotAnAmount() {
        assertThatThrownBy(() -> Money.ofYuan("ten")).isInstanceOf(DomainException.class);
    }

    @Test
    void shouldThrowRatherThanWrapOnOverflow() {
        assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
    }
}
