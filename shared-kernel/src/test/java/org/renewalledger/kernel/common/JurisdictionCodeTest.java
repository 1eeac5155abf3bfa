package org.renewalledger.kernel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JurisdictionCodeTest {

    @ParameterizedTest
    @CsvSource({
            "520000, 520523001, true",   // province covers a street office in it
            "520500, 520523, true",      // a city covers its counties
            "520500, 520623, false",
            "520500, 520502001, true",
            "520523, 520523001, true",
            "520523, 520524001, false",
            "520523001, 520523001, true",
            "520523001, 520523002, false",
            "520523, 520523, true"})
    void shouldCoverExactlyTheDivisionsInside(String outer, String inner, boolean covers) {
        assertThat(JurisdictionCode.of(outer).covers(JurisdictionCode.of(inner))).isEqualTo(covers);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "52052", "5205230011", "52052300100a", "abcdef"})
    void shouldRefuseMalformedCodes(String code) {
        assertThatThrownBy(() -> JurisdictionCode.of(code))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void shouldNameTheFieldWhenParsingInput() {
        assertThatThrownBy(() -> JurisdictionCode.parse("streetOfficeCode", null))
                .isInstanceOf(DomainException.class)
                .hasMessage("streetOfficeCode is required")
                .extracting(e -> ((DomainException) e).field()).isEqualTo("streetOfficeCode");
    }

    @Test
    void shouldTellCountiesAndStreetOfficesApart() {
        assertThat(JurisdictionCode.of("520523").denotesCounty()).isTrue();
        assertThat(JurisdictionCode.of("520500").denotesCounty()).isFalse();
        assertThat(JurisdictionCode.of("520523001").denotesStreetOffice()).isTrue();
    }
}
