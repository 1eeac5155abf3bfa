package org.renewalledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A unit of work is one database transaction: what an event processor's batch writes through Axon (its token) and
 * what its handlers write through JDBC (read-model rows, the audit chain's seals) commit together or not at all. It
 * is what lets a projection be rebuilt identically after a crash, and what keeps the sealer's token from running
 * ahead of its seals. Axon 4.13's auto-configuration loses this under Spring Boot 4 (EventStoreConfiguration says why);
 * then the token committed on its own, and the crash test found a token past two unsealed events.
 */
class UnitOfWorkTransactionIT extends IntegrationTest {

    private static final String PROCESSOR = "unit-of-work-transaction-test";

    @Autowired
    private TransactionManager transactionManager;
    @Autowired
    private TokenStore tokenStore;
    @Autowired
    private DataSource dataSource;

    @BeforeEach
    void freshProcessorAndProbeTable() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS unit_of_work_probe (note text)");
        jdbc.update("DELETE FROM unit_of_work_probe");
        jdbc.update("DELETE FROM tokenentry WHERE processorname = ?", PROCESSOR);
        transactionManager.executeInTransaction(() -> tokenStore.initializeTokenSegments(PROCESSOR, 1, null));
        transactionManager.executeInTransaction(() -> tokenStore.fetchToken(PROCESSOR, 0)); // claims segment 0
    }

    @Test
    void shouldRollBackATokenAndAHandlersRowsTogetherWhenTheBatchFails() {
        UnitOfWork<?> batch = batchInTransaction();

        assertThatThrownBy(() -> batch.execute(() -> {
            tokenStore.storeToken(new GlobalSequenceTrackingToken(42), PROCESSOR, 0);
            jdbc.update("INSERT INTO unit_of_work_probe (note) VALUES ('written by a handler')");
            throw new IllegalStateException("a handler fails after both writes");
        })).hasMessage("a handler fails after both writes");

        assertThat(storedTokenIndex()).as("token after the failed batch").isNull();
        assertThat(probeRows()).isZero();
    }

    @Test
    void shouldCommitATokenAndAHandlersRowsTogetherWhenTheBatchSucceeds() {
        UnitOfWork<?> batch = batchInTransaction();

        batch.execute(() -> {
            tokenStore.storeToken(new GlobalSequenceTrackingToken(42), PROCESSOR, 0);
            jdbc.update("INSERT INTO unit_of_work_probe (note) VALUES ('written by a handler')");
        });

        assertThat(storedTokenIndex()).isEqualTo(42L);
        assertThat(probeRows()).isOne();
    }

    @Test
    void shouldKeepATokenInvisibleToOtherConnectionsUntilTheBatchCommits() {
        UnitOfWork<?> batch = batchInTransaction();

        String[] seen = new String[2];
        batch.execute(() -> {
            tokenStore.storeToken(new GlobalSequenceTrackingToken(7), PROCESSOR, 0);
            seen[0] = tokenOf(jdbc);
            seen[1] = tokenOf(new JdbcTemplate(new SingleConnectionDataSource(connectionOutsideTheBatch(), false)));
        });

        assertThat(seen[0]).as("token seen by the batch's own JDBC").contains("\"globalIndex\":7");
        assertThat(seen[1]).as("token seen from another connection before the commit").doesNotContain("\"globalIndex\":7");
        assertThat(storedTokenIndex()).as("token after the commit").isEqualTo(7L);
    }

    /** A unit of work as a processor starts one for its batch: in a transaction from the configured manager. */
    private UnitOfWork<?> batchInTransaction() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        batch.attachTransaction(transactionManager);
        return batch;
    }

    private long probeRows() {
        return jdbc.queryForObject("SELECT count(*) FROM unit_of_work_probe", Long.class);
    }

    private static String tokenOf(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT coalesce(convert_from(token, 'UTF8'), 'none') FROM tokenentry "
                + "WHERE processorname = ? AND segment = 0", String.class, PROCESSOR);
    }

    private Connection connectionOutsideTheBatch() {
        try {
            return dataSource.getConnection(); // straight from the pool, not through the thread's transaction
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Long storedTokenIndex() {
        return transactionManager.fetchInTransaction(() -> {
            var token = tokenStore.fetchToken(PROCESSOR, 0);
            return token == null ? null : token.position().orElse(-1);
        });
    }
}
