package org.renewalledger.infra.funding;

import java.util.Optional;
import org.renewalledger.command.funding.ClaimedIdempotencyKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link ClaimedIdempotencyKeys} in {@code funding_idempotency_key} (V11; its {@code project_id} holds a fund's id
 * for a fund's entry). The command's unit of work and the JDBC event store share one Spring-managed connection,
 * so the claim commits or rolls back with the events. Two ledgers racing for one key serialise on the primary
 * key, and the second finds the first's row once it commits.
 */
@Component
class JdbcClaimedIdempotencyKeys implements ClaimedIdempotencyKeys {

    private final JdbcTemplate jdbc;

    JdbcClaimedIdempotencyKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> claim(String key, String ledgerId, String entryId) {
        int claimed = jdbc.update("INSERT INTO funding_idempotency_key (idempotency_key, project_id, entry_id) "
                + "VALUES (?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING", key, ledgerId, entryId);
        if (claimed == 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.queryForObject("SELECT entry_id FROM funding_idempotency_key WHERE idempotency_key = ?",
                String.class, key));
    }
}
