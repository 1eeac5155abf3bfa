package org.renewalledger.command.compound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.compound.AreaBasis;
import org.renewalledger.kernel.compound.ConsentBallotsSealedEvent;
import org.renewalledger.kernel.compound.ConsentChannel;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentCountId;
import org.renewalledger.kernel.compound.ConsentElectorateFrozenEvent;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.RosterUnit;
import org.renewalledger.kernel.compound.RosterUnitRecordedEvent;
import org.renewalledger.kernel.compound.UnitCode;

/**
 * What a compound and its counts hold in memory, which bounds how many the aggregate caches keep: a compound weighs
 * its roster's units, an open count its electorate's, a sealed count one; an open count packs its electorate and
 * ballots (ElectorRoll) into well under what the compound's roster takes per unit, and a snapshot reads it back
 * whole. The heap figures are printed ({@code [figures]}) and bounded loosely: they are measured, not timed.
 */
class CountMemoryTest {

    private static final int UNITS = 175; // a compound's households at the synthetic province's median
    private static final ConsentCountId COUNT = ConsentCountId.of(ProjectBuilder.ID, ConsentMatter.APPLICATION);

    @Test
    void shouldWeighWhatEachAggregateHolds() {
        assertThat(compound(0).cacheWeight()).isEqualTo(1 + UNITS);
        assertThat(count(0, false).cacheWeight()).isEqualTo(1 + UNITS);
        assertThat(count(0, true).cacheWeight()).as("a sealed count").isEqualTo(1);
    }

    @Test
    void shouldReadAPackedCountBackFromItsSnapshot() {
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(new ObjectMapper().findAndRegisterModules()).build();
        List<RosterUnit> units = List.of(
                new RosterUnit(UnitCode.of("1-1-101"), Area.ofSquareMetres("80"), AreaBasis.REGISTER,
                        List.of(OwnerReference.of("wang"), OwnerReference.of("li")), false),          // co-owners
                new RosterUnit(UnitCode.of("1-1-102"), Area.ofSquareMetres("60"), AreaBasis.SURVEY,
                        List.of(OwnerReference.of("zhao")), false),                                    // one buyer, two units
                new RosterUnit(UnitCode.of("1-1-103"), Area.ofSquareMetres("61"), AreaBasis.CONTRACT,
                        List.of(OwnerReference.of("zhao")), false),
                new RosterUnit(UnitCode.of("1-1-104"), Area.ofSquareMetres("70"), AreaBasis.REGISTER,
                        List.of(OwnerReference.of("developer-co")), true));                            // unsold
        List<Object> events = new ArrayList<>(List.of(new ConsentElectorateFrozenEvent(COUNT,
                ProjectBuilder.registeredStreetOffice(), 1, units, List.of(), List.of())));
        events.add(vote("1-1-101", "li", "80", ConsentChoice.AGREE));
        events.add(vote("1-1-103", "zhao", "121", ConsentChoice.DISAGREE));
        events.add(vote("1-1-103", "zhao", "121", ConsentChoice.AGREE));
        ConsentCount count = Sourced.from(ConsentCount.class, new ConsentCount(), events);

        SerializedObject<String> snapshot = serializer.serialize(count, String.class);
        ConsentCount read = serializer.deserialize(snapshot);
        assertThat(serializer.serialize(read, String.class).getData()).isEqualTo(snapshot.getData());
        ConsentRegister register = registerOf(read);
        assertThat(register).isEqualTo(registerOf(count));
        assertThat(register.tally().agreeOwners()).isEqualTo(2);
        assertThat(register.tally().agreeArea()).isEqualTo(Area.ofSquareMetres("201"));
        assertThat(register.voterFor(OwnerReference.of("zhao"))).isEqualTo("zhao");
        assertThat(register.frozenUnits(code -> AreaBasis.REGISTER)).extracting(RosterUnit::owners)
                .containsExactly(List.of(OwnerReference.of("wang"), OwnerReference.of("li")), List.of(OwnerReference.of("zhao")),
                        List.of(OwnerReference.of("zhao")), List.of(OwnerReference.of("developer-co")));
    }

    @Test
    void shouldPackAnOpenCountIntoLessHeapPerUnitThanTheCompoundsRoster() throws Exception {
        int compounds = 300;
        List<Object> kept = new ArrayList<>();
        long base = usedHeap();
        for (int c = 0; c < compounds; c++) {
            kept.add(compound(c));
        }
        long roster = (usedHeap() - base) / ((long) compounds * UNITS);
        base = usedHeap();
        for (int c = 0; c < compounds; c++) {
            kept.add(count(c, false));
        }
        long open = (usedHeap() - base) / ((long) compounds * UNITS);
        base = usedHeap();
        for (int c = 0; c < compounds; c++) {
            kept.add(count(c, true));
        }
        long sealed = (usedHeap() - base) / ((long) compounds * UNITS);
        System.out.printf("[figures] heap per unit: %d bytes in a compound's roster, %d in an open count with every "
                + "unit voted, %d in a sealed count (%d aggregates kept)%n", roster, open, sealed, kept.size());
        assertThat(open).as("bytes per unit of an open count").isLessThan(roster);
        assertThat(sealed).as("bytes per unit of a sealed count").isLessThan(20);
    }

    private static ConsentRecordedEvent vote(String unit, String owner, String area, ConsentChoice choice) {
        return new ConsentRecordedEvent(ProjectBuilder.ID, ConsentMatter.APPLICATION, OwnerReference.of(owner),
                Area.ofSquareMetres(area), choice, ConsentChannel.PAPER_FORM, ProjectBuilder.CAST_AT, false, null,
                UnitCode.of(unit), owner, null);
    }

    private static ConsentRegister registerOf(ConsentCount count) {
        try {
            java.lang.reflect.Field field = ConsentCount.class.getDeclaredField("register");
            field.setAccessible(true);
            return (ConsentRegister) field.get(count);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each string its own instance, as events read from the store give them. */
    private static String fresh(String text) {
        return new String(text.toCharArray());
    }

    private static RosterUnit unit(int compound, int i) {
        String code = String.format("%d-%d-%04d", compound % 9 + 1, i / 30 + 1, 1000 + i);
        return new RosterUnit(UnitCode.of(fresh(code)), Area.ofSquareMetres("80.5"), AreaBasis.REGISTER,
                List.of(OwnerReference.of(fresh("p-" + code))), false);
    }

    private static Compound compound(int c) {
        List<Object> events = new ArrayList<>(List.of(ProjectBuilder.aProject().registered()));
        for (int i = 0; i < UNITS; i++) {
            events.add(new RosterUnitRecordedEvent(ProjectBuilder.ID, unit(c, i), List.of()));
        }
        return Sourced.from(Compound.class, new Compound(), events);
    }

    private static ConsentCount count(int c, boolean sealed) {
        List<RosterUnit> units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            units.add(unit(c, i));
        }
        List<Object> events = new ArrayList<>(List.of(new ConsentElectorateFrozenEvent(COUNT,
                ProjectBuilder.registeredStreetOffice(), 1, units, List.of(), List.of())));
        for (int i = 0; i < UNITS; i++) {
            RosterUnit unit = unit(c, i);
            String owner = unit.owners().get(0).value();
            events.add(new ConsentRecordedEvent(ProjectBuilder.ID, ConsentMatter.APPLICATION, OwnerReference.of(fresh(owner)),
                    unit.exclusiveArea(), ConsentChoice.AGREE, ConsentChannel.PAPER_FORM, ProjectBuilder.CAST_AT, false, null,
                    unit.unit(), fresh(owner), null));
        }
        if (sealed) {
            events.add(new ConsentBallotsSealedEvent(COUNT, 1, null, ProjectBuilder.CAST_AT));
        }
        return Sourced.from(ConsentCount.class, new ConsentCount(), events);
    }

    private static long usedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
