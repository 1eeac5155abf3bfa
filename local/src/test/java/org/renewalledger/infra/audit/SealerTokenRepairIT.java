package org.renewalledger.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Migration V92 repairs a store in which a crash on an earlier build left the sealer's token past events it never
 * sealed. Flyway ran it on this test's empty store long ago, so the test runs the migration's own SQL again on a
 * staged copy of that damage: an unsealed event below the sealer's token. Everything happens in one transaction that
 * is rolled back, so the running sealer never sees the staged state.
 */
class SealerTokenRepairIT extends IntegrationTest {

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void shouldMoveTheSealersTokenBackToJustBeforeTheFirstUnsealedEvent() throws IOException {
        String repair = new ClassPathResource("db/migration/V92__reseal_events_a_crash_skipped.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        register(tokenFor("street-office"), registration(newCompoundId(), "封存修复小区", 1990)).expectStatus().isCreated();
        eventually(() -> assertThat(jdbc.queryForObject("SELECT count(*) FROM tokenentry WHERE processorname = 'event-seal' "
                + "AND token IS NOT NULL", Long.class)).isOne());
        // Other tests' events are sealed first, so that no seal commits between reading the lowest unsealed event and the repair.
        eventually(() -> assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry e WHERE NOT EXISTS "
                + "(SELECT 1 FROM event_seal s WHERE s.global_index = e.globalindex)", Long.class)).isZero());
        TransactionTemplate staged = new TransactionTemplate(transactions);

        staged.executeWithoutResult(tx -> {
            long skipped = appendUnsealedEvent();
            long lowestUnsealed = jdbc.queryForObject("SELECT min(e.globalindex) FROM domainevententry e WHERE NOT EXISTS "
                    + "(SELECT 1 FROM event_seal s WHERE s.global_index = e.globalindex)", Long.class);
            long before = sealerTokenIndex();

            jdbc.execute(repair);
            assertThat(sealerTokenIndex()).as("a token not past any unsealed event is left alone").isEqualTo(before);

            setSealerTokenIndex(skipped + 5); // the damage: the token ran past the event without its seal
            jdbc.execute(repair);
            assertThat(sealerTokenIndex()).as("token after the repair").isEqualTo(lowestUnsealed - 1)
                    .isLessThan(skipped);

            tx.setRollbackOnly();
        });
    }

    private long appendUnsealedEvent() {
        return jdbc.queryForObject("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, "
                        + "payload, payloadtype, timestamp) VALUES (?, 0, 'Staged', ?, ?, 'staged.Event', '2026-12-02T00:00:00Z') "
                        + "RETURNING globalindex", Long.class, "staged-" + UUID.randomUUID(), UUID.randomUUID().toString(),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    private long sealerTokenIndex() {
        return jdbc.queryForObject("SELECT (convert_from(token, 'UTF8')::json ->> 'index')::bigint FROM tokenentry "
                + "WHERE processorname = 'event-seal' AND segment = 0 FOR UPDATE", Long.class);
    }

    private void setSealerTokenIndex(long index) {
        jdbc.update("UPDATE tokenentry SET token = convert_to(?, 'UTF8') WHERE processorname = 'event-seal' AND segment = 0",
                "{\"index\":" + index + ",\"gaps\":[]}");
    }
}
