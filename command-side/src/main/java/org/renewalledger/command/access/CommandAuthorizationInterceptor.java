package org.renewalledger.command.access;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionScoped;

/**
 * Refuses a command before any handler sees it unless its actor's role is allowed to send it and, for
 * commands scoped to a jurisdiction, the actor's jurisdiction covers that one. Running on the command bus
 * means no entry point (HTTP, import, a future message listener) can go around it.
 */
public class CommandAuthorizationInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Actor actor = Actor.fromMetaData(command.getMetaData());
        if (actor == null) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, "The command carries no authenticated actor");
        }
        if (!CommandPermissions.allows(command.getPayloadType(), actor.role())) {
            throw new DomainException(ErrorCode.ACCESS_DENIED,
                    "Role " + actor.role() + " may not " + command.getPayloadType().getSimpleName());
        }
        if (command.getPayload() instanceof JurisdictionScoped scoped && !actor.jurisdiction().covers(scoped.scope())) {
            throw new DomainException(ErrorCode.ACCESS_DENIED,
                    "Jurisdiction " + actor.jurisdiction() + " does not cover " + scoped.scope());
        }
        return chain.proceed();
    }
}
