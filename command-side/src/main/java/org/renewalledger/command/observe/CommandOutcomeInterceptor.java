package org.renewalledger.command.observe;

import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.renewalledger.kernel.common.DomainException;

/** Reports every command's outcome to the {@link CommandOutcomes}; outermost, so refusals by authorisation count. */
public class CommandOutcomeInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final List<CommandOutcomes> outcomes;

    public CommandOutcomeInterceptor(List<CommandOutcomes> outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        try {
            Object result = chain.proceed();
            outcomes.forEach(listener -> listener.accepted(command));
            return result;
        } catch (DomainException refusal) {
            outcomes.forEach(listener -> listener.refused(command, refusal));
            throw refusal;
        } catch (Exception | Error failure) {
            outcomes.forEach(listener -> listener.failed(command, failure));
            throw failure;
        }
    }
}
