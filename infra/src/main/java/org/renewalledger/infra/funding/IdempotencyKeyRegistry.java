package org.renewalledger.infra.funding;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.funding.CarriesIdempotencyKey;
import org.renewalledger.kernel.funding.EntryReceipt;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes an idempotency key unique across projects and funds, not only within one ledger (a fund's entries
 * are claimed like a project's: {@code project_id} then holds the fund's id). The aggregate answers a retry on
 * the same project from its own state; this registry claims each key for the entry it first produced, in
 * the command's own transaction (the interceptor runs inside the unit of work, and the JDBC event store
 * appends on the same Spring-managed connection). A key already claimed by another project refuses the
 * command and rolls its events back; two projects racing for one key serialise on the primary key, and
 * the second finds the first's row once it commits.
 */
@Component
class IdempotencyKeyRegistry implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final JdbcTemplate jdbc;

    /** Axon's Spring support registers every handler interceptor bean on the command bus, after its transaction interceptor. */
    IdempotencyKeyRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (unitOfWork.getMessage().getPayload() instanceof CarriesIdempotencyKey command
                && result instanceof EntryReceipt receipt && !receipt.replayed()) {
            claim(command.idempotencyKey().value(), receipt);
        }
        return result;
    }

    private void claim(String key, EntryReceipt receipt) {
        int claimed = jdbc.update("INSERT INTO funding_idempotency_key (idempotency_key, project_id, entry_id) "
                + "VALUES (?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING", key, receipt.ledgerId(), receipt.entryId());
        if (claimed == 0) {
            String owner = jdbc.queryForObject("SELECT entry_id FROM funding_idempotency_key WHERE idempotency_key = ?",
                    String.class, key);
            throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency key " + key + " already recorded entry " + owner, "idempotencyKey");
        }
    }
}
