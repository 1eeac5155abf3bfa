package org.renewalledger.kernel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequireTest {

    @ParameterizedTest
    @ValueSource(strings = {"幸福里小区", "幸福里小区（二期）", "3号院", "A-1 栋", "金沙县·鼓场街道", "Riverside Gardens, Block 2"})
    void shouldAcceptRealNames(String name) {
        assertThat(Require.name("name", name, 100)).isEqualTo(name);
    }

    static Stream<String> hostileNames() {
        return Stream.of("<script>alert(1)</script>", "x'; DROP TABLE compound_view; --", "a\u0000b",
                "名\u202E字", "\"quoted\"", "a\tb", "\uD800");
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void shouldRefuseMarkupQuotesControlCharactersAndBrokenUnicode(String name) {
        assertThatThrownBy(() -> Require.name("name", name, 100))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field()).isEqualTo("name");
    }

    static Stream<String> brokenText() {
        return Stream.of("\uD800", "abc\uDC00", "bell\u0007");
    }

    @ParameterizedTest
    @MethodSource("brokenText")
    void shouldRefuseLoneSurrogatesAndControlCharactersEvenInFreeText(String text) {
        assertThatThrownBy(() -> Require.text("note", text, 100)).isInstanceOf(DomainException.class);
    }

    // ---- security (docs/SECURITY.md) ----

    static Stream<String> personalNumbers() {
        return Stream.of("住户来电 13812345678 投诉噪音", "身份证52052319650101123X", "联系人：15900001111");
    }

    @ParameterizedTest
    @MethodSource("personalNumbers")
    void shouldRefusePhoneAndIdNumbersInFreeText(String text) {
        assertThatThrownBy(() -> Require.text("summary", text, 200))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field()).isEqualTo("summary");
    }

    static Stream<String> ordinaryNumbers() {
        return Stream.of("金住建〔2025〕12号", "12345-0001", "520523001-001-2026", "合同编号 2025110700123");
    }

    @ParameterizedTest
    @MethodSource("ordinaryNumbers")
    void shouldKeepFileNumbersAndCodesInFreeText(String text) {
        org.assertj.core.api.Assertions.assertThat(Require.text("reference", text, 200)).isEqualTo(text);
    }

    // ---- constants named in requests ----

    @Test
    void shouldReadAConstantInAnyCaseWithHyphens() {
        assertThat(Require.constant(Role.class, "role", "street-office")).isEqualTo(Role.STREET_OFFICE);
        assertThat(Require.constant(Role.class, "role", " HOUSING_BUREAU ")).isEqualTo(Role.HOUSING_BUREAU);
    }

    @Test
    void shouldRefuseAnUnknownConstantNamingTheFieldAndTheChoices() {
        assertThatThrownBy(() -> Require.constant(Role.class, "role", "mayor"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("role is one of STREET_OFFICE, HOUSING_BUREAU")
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThatThrownBy(() -> Require.constant(Role.class, "role", null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field()).isEqualTo("role");
    }
}
