package org.renewalledger.infra.compound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.Area;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.MetaDataKeys;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.ConsentChannel;
import org.renewalledger.kernel.compound.ConsentChoice;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.OwnerReference;
import org.renewalledger.kernel.compound.RecordConsentCommand;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The measurement harness of docs/LIFECYCLE.md: a compound's count with 3,000 votes (ConsentCount, the votes' own
 * stream), loaded from the PostgreSQL event store without a cache, first by replaying every event, then from a
 * snapshot; and the size of the compound's own snapshot, which no longer holds the votes. It prints the figures
 * and asserts only what is not a timing: both loads rebuild the same aggregate version.
 */
class ConsentRegisterScaleIT extends IntegrationTest {

    private static final int VOTES = 3_000;
    private static final int ROUNDS = 5;

    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private Snapshotter snapshotter;
    @Autowired
    private org.axonframework.config.Configuration axon;

    @Test
    void shouldLoadACompoundWithThreeThousandVotes_fromEventsAndFromASnapshot() throws Exception {
        String office = tokenFor("street-office");
        String id = newCompoundId();
        Map<String, Object> registration = new HashMap<>(registration(id, "万户社区" + id.substring(10), 1988));
        registration.put("households", 3_200);
        registration.put("floorArea", "256000.00");
        register(office, registration).expectStatus().isCreated();
        // The owners' roster, in sheets under the request body cap: unit 5-i of 80 m² for every voter below.
        LifecycleSteps project = new LifecycleSteps(http, id);
        for (int from = 0; from < VOTES; from += 1_000) {
            project.roster(office, LifecycleSteps.units("5-", from, Math.min(VOTES, from + 1_000) - 1, "80")).expectStatus().isOk();
        }

        Map<String, Object> metaData = new HashMap<>(new Actor("harness", Role.STREET_OFFICE, JurisdictionCode.of("520523001")).asMetaData());
        metaData.put(MetaDataKeys.CORRELATION_ID, "scale-harness");
        // The count opens through the compound (as the first vote over HTTP opens it); votes go to the count itself.
        commands.sendAndWait(new GenericCommandMessage<>(new org.renewalledger.kernel.compound.OpenConsentCountCommand(
                CompoundId.of(id), ConsentMatter.APPLICATION, Instant.parse("2025-09-01T00:00:00Z")), metaData));
        List<CompletableFuture<Object>> sent = new ArrayList<>();
        long recordStart = System.nanoTime();
        for (int i = 0; i < VOTES; i++) {
            RecordConsentCommand vote = new RecordConsentCommand(CompoundId.of(id), ConsentMatter.APPLICATION,
                    OwnerReference.of("5-" + i), Area.ofSquareMetres("80"), i % 3 == 0 ? ConsentChoice.DISAGREE : ConsentChoice.AGREE,
                    ConsentChannel.ONLINE, Instant.parse("2025-09-01T00:00:00Z"));
            sent.add(commands.send(new GenericCommandMessage<>(vote, metaData)));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        long recordMillis = (System.nanoTime() - recordStart) / 1_000_000;

        // The votes' stream: the count's own (ConsentCount), no longer the compound's.
        Class<?> type = Class.forName("org.renewalledger.command.compound.ConsentCount");
        String compoundId = id;
        String countStream = org.renewalledger.kernel.compound.ConsentCountId.of(CompoundId.of(compoundId),
                ConsentMatter.APPLICATION).toString();
        jdbc.update("DELETE FROM snapshotevententry WHERE aggregateidentifier = ?", countStream);
        long[] fromEvents = timeLoads(type, countStream);
        Object rootFromEvents = loadRoot(type, countStream);

        snapshotter.scheduleSnapshot(type, countStream);
        eventually(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?", Long.class, countStream)).isEqualTo(1));
        long[] fromSnapshot = timeLoads(type, countStream);
        assertThat(loadRoot(type, countStream)).as("state from the snapshot").usingRecursiveComparison().isEqualTo(rootFromEvents);

        System.out.printf("[figures] recorded %d votes on one compound through the command bus in %d ms%n", VOTES, recordMillis);
        System.out.printf("[figures] load of a %d-event count, no cache: from events median %.1f ms (min %.1f); "
                        + "from snapshot median %.1f ms (min %.1f); %d rounds%n", 1 + VOTES,
                median(fromEvents), min(fromEvents), median(fromSnapshot), min(fromSnapshot), ROUNDS);
        Integer snapshotBytes = jdbc.queryForObject(
                "SELECT octet_length(payload) FROM snapshotevententry WHERE aggregateidentifier = ?", Integer.class, countStream);
        System.out.printf("[figures] count snapshot size %d bytes%n", snapshotBytes);
        Class<?> compound = Class.forName("org.renewalledger.command.compound.Compound");
        snapshotter.scheduleSnapshot(compound, compoundId);
        eventually(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?", Long.class, compoundId)).isEqualTo(1));
        System.out.printf("[figures] compound snapshot size (roster of %d units, votes in the count) %d bytes%n", VOTES,
                jdbc.queryForObject("SELECT octet_length(payload) FROM snapshotevententry WHERE aggregateidentifier = ?",
                        Integer.class, compoundId));
    }

    /** The aggregate's state, loaded through a repository without a cache. */
    private Object loadRoot(Class<?> type, String id) {
        EventSourcingRepository<Object> repository = repository(type);
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            return repository.load(id).invoke(root -> root);
        } finally {
            unitOfWork.rollback();
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private EventSourcingRepository<Object> repository(Class<?> type) {
        return EventSourcingRepository.builder((Class) type)
                .eventStore(eventStore)
                .parameterResolverFactory(axon.parameterResolverFactory())
                .handlerDefinition(axon.handlerDefinition(type))
                .build();
    }

    /** Loads through a repository of its own (no cache), after one warm-up, and returns each round's nanoseconds. */
    private long[] timeLoads(Class<?> type, String id) throws Exception {
        EventSourcingRepository<Object> repository = repository(type);
        load(repository, id);
        long[] nanos = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            long version = load(repository, id);
            nanos[round] = System.nanoTime() - start;
            // the last sequence of the count's stream: its frozen electorate 0, then the votes
            assertThat(version).isEqualTo(VOTES);
        }
        return nanos;
    }

    private static long load(EventSourcingRepository<Object> repository, String id) throws Exception {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            Aggregate<Object> aggregate = repository.load(id);
            return aggregate.version();
        } finally {
            unitOfWork.rollback();
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double min(long[] nanos) {
        return java.util.Arrays.stream(nanos).min().orElseThrow() / 1e6;
    }
}
