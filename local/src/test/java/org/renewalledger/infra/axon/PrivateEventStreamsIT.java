package org.renewalledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;

/**
 * Every processor reads its own stream: Axon's shared in-memory stream is off (EventStoreConfiguration.eventStore says
 * why). The shared stream runs on a producer thread that Axon starts as soon as one processor reaches the head, so
 * once the processors have caught up with new events, that thread must not exist.
 */
class PrivateEventStreamsIT extends IntegrationTest {

    @Test
    void shouldLetNoSharedEventStreamRunOnceTheProcessorsAreAtTheHead() {
        String compound = newCompoundId();
        register(tokenFor("street-office"), registration(compound, "私有流小区", 1990)).expectStatus().isCreated();
        eventually(() -> assertThat(jdbc.queryForObject("SELECT count(*) FROM compound_view WHERE compound_id = ?",
                Long.class, compound)).isOne());

        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .isNotEmpty()
                .noneMatch(name -> name.startsWith("EmbeddedEventStore"));
    }
}
