package org.renewalledger.infra.observe;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.renewalledger.command.observe.CommandOutcomes;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.query.web.OwnWrites;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells this node's read side ({@link OwnWrites}) of each accepted command once its transaction has committed, so a
 * read that follows the answer waits for the read models to take it in. On a command-only process there is no read
 * side to tell.
 */
@Component
class AcknowledgedCommands implements CommandOutcomes {

    private final ObjectProvider<OwnWrites> ownWrites;

    AcknowledgedCommands(ObjectProvider<OwnWrites> ownWrites) {
        this.ownWrites = ownWrites;
    }

    @Override
    public void accepted(CommandMessage<?> command) {
        OwnWrites reads = ownWrites.getIfAvailable();
        if (reads == null) {
            return;
        }
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> reads.acknowledged());
        } else {
            reads.acknowledged();
        }
    }

    @Override
    public void refused(CommandMessage<?> command, DomainException refusal) {
        // nothing was written
    }

    @Override
    public void failed(CommandMessage<?> command, Throwable failure) {
        // nothing was written
    }
}
