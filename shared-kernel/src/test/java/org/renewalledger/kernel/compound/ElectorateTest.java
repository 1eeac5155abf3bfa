package org.renewalledger.kernel.compound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Area;

/** Headcount and area as 法释〔2009〕7号 counts them (Art. 8: sum of exclusive areas; Art. 9: who counts as one). */
class ElectorateTest {

    private static RosterUnit unit(String code, String squareMetres, boolean developerHeld, String... owners) {
        return new RosterUnit(UnitCode.of(code), Area.ofSquareMetres(squareMetres), AreaBasis.REGISTER,
                List.of(owners).stream().map(OwnerReference::of).toList(), developerHeld);
    }

    @Test
    void shouldCountOneOwnerPerUnit_andSumTheExclusiveAreas() {
        Electorate electorate = Electorate.of(List.of(unit("1-1-101", "80.5", false, "a"),
                unit("1-1-102", "90", false, "b"), unit("1-1-201", "100.25", false, "c")));
        assertThat(electorate.units()).isEqualTo(3);
        assertThat(electorate.headcount()).isEqualTo(3);
        assertThat(electorate.totalArea()).isEqualTo(Area.ofSquareMetres("270.75"));
    }

    @Test
    void shouldCountAllTheDevelopersUnsoldUnitsAsOne() {
        Electorate electorate = Electorate.of(List.of(unit("1-1-101", "80", true, "dev"), unit("1-1-102", "90", true, "dev"),
                unit("1-1-201", "100", true, "dev-subsidiary"), unit("1-1-202", "70", false, "a")));
        assertThat(electorate.headcount()).isEqualTo(2);
        assertThat(electorate.areaOf(Electorate.DEVELOPER)).isEqualTo(Area.ofSquareMetres("270"));
        assertThat(electorate.totalArea()).isEqualTo(Area.ofSquareMetres("340"));
    }

    @Test
    void shouldCountOneBuyerWithThreeUnitsAsOne_withTheAreaOfAllThree() {
        Electorate electorate = Electorate.of(List.of(unit("1-1-101", "80", false, "wang"),
                unit("2-1-101", "90", false, "wang"), unit("3-1-101", "100", false, "wang"), unit("3-1-102", "70", false, "li")));
        assertThat(electorate.headcount()).isEqualTo(2);
        assertThat(electorate.areaOf("wang")).isEqualTo(Area.ofSquareMetres("270"));
        assertThat(electorate.unitsOf("wang")).hasSize(3);
    }

    @Test
    void shouldCountCoOwnersOfAUnitAsOne_inWhateverOrderTheyAreListed() {
        Electorate electorate = Electorate.of(List.of(unit("1-1-101", "80", false, "zhou", "zhang"),
                unit("1-1-102", "90", false, "zhang", "zhou"), unit("1-1-201", "100", false, "zhang")));
        // The couple holding two units is one buyer; one of them alone on a third unit is another.
        assertThat(electorate.headcount()).isEqualTo(2);
        assertThat(electorate.areaOf("zhang+zhou")).isEqualTo(Area.ofSquareMetres("170"));
        assertThat(electorate.areaOf("zhang")).isEqualTo(Area.ofSquareMetres("100"));
    }

    @Test
    void shouldCountAUnitTheDeveloperSold_asItsBuyers() {
        RosterUnit held = unit("1-1-101", "80", true, "dev");
        RosterUnit sold = held.withOwners(List.of(OwnerReference.of("buyer")), false);
        assertThat(Electorate.voterOf(held)).isEqualTo(Electorate.DEVELOPER);
        assertThat(Electorate.voterOf(sold)).isEqualTo("buyer");
    }

    @Test
    void shouldBeEmptyWithoutARoster() {
        Electorate electorate = Electorate.of(List.of());
        assertThat(electorate.headcount()).isZero();
        assertThat(electorate.totalArea()).isEqualTo(new Area(0));
    }
}
