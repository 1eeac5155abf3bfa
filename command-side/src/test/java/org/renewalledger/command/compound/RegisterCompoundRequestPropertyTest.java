package org.renewalledger.command.compound;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.WithNull;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.compound.Exclusion;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;

/**
 * Whatever a client sends, turning it into a command either succeeds with a command that holds the domain's
 * invariants, or is refused as a validation error naming a field — never any other exception, which would
 * surface as a 500.
 */
class RegisterCompoundRequestPropertyTest {

    @Property(tries = 2_000)
    void shouldEitherBuildAValidCommandOrNameTheFaultyField(
            @ForAll("codes") @WithNull(0.1) String compoundId,
            @ForAll("texts") @WithNull(0.1) String name,
            @ForAll("divisionCodes") @WithNull(0.1) String jurisdictionCode,
            @ForAll("divisionCodes") @WithNull(0.1) String streetOfficeCode,
            @ForAll("texts") @WithNull(0.1) String streetOfficeName,
            @ForAll @WithNull(0.1) Integer builtYear,
            @ForAll @WithNull(0.1) Integer buildings,
            @ForAll @WithNull(0.1) Integer households,
            @ForAll("areas") @WithNull(0.1) BigDecimal floorArea,
            @ForAll @WithNull(0.3) Set<Exclusion> exclusions) {
        RegisterCompoundRequest request = new RegisterCompoundRequest(compoundId, name, jurisdictionCode, streetOfficeCode,
                streetOfficeName, builtYear, buildings, households, floorArea, exclusions);
        try {
            RegisterCompoundCommand command = request.toCommand();
            assertThat(command.households()).isPositive();
            assertThat(command.buildings()).isPositive();
            assertThat(command.floorArea().squareCentimetres()).isPositive();
            assertThat(command.jurisdiction().denotesCounty()).isTrue();
            assertThat(command.streetOffice().denotesStreetOffice()).isTrue();
            assertThat(command.name()).isNotBlank().doesNotContain("<", ">", "'", "\"", ";");
        } catch (DomainException refused) {
            assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(refused.field()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(80),
                Arbitraries.strings().withChars("0123456789-abc").ofMinLength(1).ofMaxLength(70));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(120),
                Arbitraries.strings().withChars("幸福里小区鼓场街道（）·- 0123456789").ofMaxLength(120),
                Arbitraries.of("<script>", "'; DROP TABLE x; --", "\u0000", "\uD800", " "));
    }

    @Provide
    Arbitrary<String> divisionCodes() {
        return Arbitraries.oneOf(Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(13),
                Arbitraries.of("520523", "520523001", "520523002", "520000", "110105001"),
                Arbitraries.strings().ofMaxLength(12));
    }

    @Provide
    Arbitrary<BigDecimal> areas() {
        return Arbitraries.oneOf(Arbitraries.bigDecimals().ofScale(2),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e20"), new BigDecimal("1e20")).ofScale(5),
                Arbitraries.of(new BigDecimal("1e400"), new BigDecimal("-0.01"), BigDecimal.ZERO));
    }
}
