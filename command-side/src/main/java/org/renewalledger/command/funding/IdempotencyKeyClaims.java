package org.renewalledger.command.funding;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.funding.CarriesIdempotencyKey;
import org.renewalledger.kernel.funding.EntryReceipt;
import org.springframework.stereotype.Component;

/**
 * The second half of a money command's idempotency: the key of a new entry is claimed across every ledger, so
 * one payment reference cannot record money on two projects or funds. The first half, a retry on the same
 * ledger, is the ledger's own to answer (its state holds the first entry under each key, see
 * {@code ProjectFunding#answerRetry} and {@code Fund#firstAnswerTo}); a replayed answer claims nothing here.
 * A key that another ledger holds refuses the command, and the unit of work rolls its events back.
 *
 * <p>A bean, so that Axon's Spring support registers it on the command bus after its transaction interceptor:
 * the claim runs in the command's own transaction.
 */
@Component
class IdempotencyKeyClaims implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final ClaimedIdempotencyKeys keys;

    IdempotencyKeyClaims(ClaimedIdempotencyKeys keys) {
        this.keys = keys;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (unitOfWork.getMessage().getPayload() instanceof CarriesIdempotencyKey command
                && result instanceof EntryReceipt receipt && !receipt.replayed()) {
            String key = command.idempotencyKey().value();
            keys.claim(key, receipt.ledgerId(), receipt.entryId()).ifPresent(owner -> {
                throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                        "Idempotency key " + key + " already recorded entry " + owner, "idempotencyKey");
            });
        }
        return result;
    }
}
