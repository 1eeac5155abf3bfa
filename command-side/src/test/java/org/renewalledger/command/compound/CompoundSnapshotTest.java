package org.renewalledger.command.compound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.compound.AreaBasis;
import org.renewalledger.kernel.compound.ConsentBallotsMovedEvent;
import org.renewalledger.kernel.compound.ConsentChannel;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentCountId;
import org.renewalledger.kernel.compound.ConsentCountOpenedEvent;
import org.renewalledger.kernel.compound.ConsentElectorateFrozenEvent;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.ConsentRecordedEvent;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.RosterUnit;
import org.renewalledger.kernel.compound.RosterUnitRecordedEvent;
import org.renewalledger.kernel.compound.UnitCode;

/**
 * The compound's snapshot: revision 3 since its counts' ballots moved out (ConsentCount), so a snapshot of revision 2,
 * which holds every count's votes and electorate in the old shape, is never read into the new class — the compound is
 * sourced from its events instead. And what the move saves: a compound of 600 units with 600 votes on an open count,
 * snapshotted with the votes inside (as stored histories of earlier builds rebuild) and as the compound keeps it now.
 */
class CompoundSnapshotTest {

    private static final JacksonSerializer SERIALIZER =
            JacksonSerializer.builder().objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    @Test
    void shouldPassOverSnapshotsOfTheShapeThatHeldTheBallots() {
        String revision = Compound.class.getAnnotation(Revision.class).value();
        // as Axon's aggregate configuration builds it for an aggregate annotated with @Revision
        RevisionSnapshotFilter filter = RevisionSnapshotFilter.builder().type("Compound").revision(revision).build();
        assertThat(revision).isEqualTo("4");
        assertThat(filter.test(snapshotOfRevision("2"))).as("a snapshot holding the register").isFalse();
        assertThat(filter.test(snapshotOfRevision("1"))).isFalse();
        assertThat(filter.test(snapshotOfRevision("3"))).as("a snapshot holding an earlier build's counts as maps").isFalse();
        assertThat(filter.test(snapshotOfRevision("4"))).isTrue();
    }

    private static GenericDomainEventEntry<byte[]> snapshotOfRevision(String revision) {
        return new GenericDomainEventEntry<>("Compound", ProjectBuilder.ID.value(), 2_000, "snapshot-" + revision,
                Instant.parse("2025-10-01T00:00:00Z"), Compound.class.getName(), revision, new byte[] {'{', '}'},
                new byte[] {'{', '}'});
    }

    @Test
    void shouldKeepTheBallotsOutOfTheCompoundsSnapshot() {
        List<Object> roster = new ArrayList<>(List.of(ProjectBuilder.aProject().registered()));
        List<RosterUnit> units = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            RosterUnit unit = new RosterUnit(UnitCode.of("5-" + (i / 100 + 1) + "-" + (1000 + i)), Area.ofSquareMetres("80.5"),
                    AreaBasis.REGISTER, List.of(OwnerReference.of("owner-" + i)), false);
            units.add(unit);
            roster.add(new RosterUnitRecordedEvent(ProjectBuilder.ID, unit, List.of()));
        }
        ConsentCountOpenedEvent opened = new ConsentCountOpenedEvent(ProjectBuilder.ID, ConsentMatter.APPLICATION, 1, 600,
                600, Area.ofSquareMetres("48300"), ProjectBuilder.CAST_AT, 0, 0);
        List<Object> votes = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            RosterUnit unit = units.get(i);
            votes.add(new ConsentRecordedEvent(ProjectBuilder.ID, ConsentMatter.APPLICATION, OwnerReference.of("owner-" + i),
                    unit.exclusiveArea(), i % 3 == 0 ? ConsentChoice.DISAGREE : ConsentChoice.AGREE, ConsentChannel.PAPER_FORM,
                    ProjectBuilder.CAST_AT, false, null, unit.unit(), "owner-" + i, null));
        }
        ConsentCountId countId = ConsentCountId.of(ProjectBuilder.ID, ConsentMatter.APPLICATION);

        List<Object> before = new ArrayList<>(roster);
        before.add(opened);
        before.addAll(votes);
        List<Object> now = new ArrayList<>(roster);
        now.add(opened);
        now.add(new ConsentBallotsMovedEvent(countId, 1, 0));
        List<Object> count = new ArrayList<>(List.of(new ConsentElectorateFrozenEvent(countId,
                ProjectBuilder.registeredStreetOffice(), 1, units, List.of(), List.of())));
        count.addAll(votes);

        int compoundBefore = snapshotSize(Compound.class, new Compound(), before);
        int compoundNow = snapshotSize(Compound.class, new Compound(), now);
        int countNow = snapshotSize(ConsentCount.class, new ConsentCount(), count);
        System.out.printf("[figures] snapshot of a compound of 600 units with 600 votes on an open count: %d bytes with the "
                + "ballots inside (as stored histories of earlier builds rebuild), %d bytes now; its count (ConsentCount) %d bytes%n",
                compoundBefore, compoundNow, countNow);
        assertThat(compoundNow).as("the compound without its count's electorate and ballots").isLessThan(compoundBefore);
        assertThat(countNow).as("the count's packed electorate and ballots, against the compound's roster").isLessThan(compoundNow / 2);
    }

    private static <T> int snapshotSize(Class<T> type, T root, List<Object> events) {
        return SERIALIZER.serialize(Sourced.from(type, root, events), byte[].class).getData().length;
    }
}
