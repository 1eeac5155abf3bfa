package org.renewalledger.command.observe;

import org.axonframework.commandhandling.CommandMessage;
import org.renewalledger.kernel.common.DomainException;

/**
 * Told how every command on the bus ended, authorisation refusals included (infrastructure counts and logs them).
 * The command side decides nothing by it.
 */
public interface CommandOutcomes {

    void accepted(CommandMessage<?> command);

    void refused(CommandMessage<?> command, DomainException refusal);

    void failed(CommandMessage<?> command, Throwable failure);
}
