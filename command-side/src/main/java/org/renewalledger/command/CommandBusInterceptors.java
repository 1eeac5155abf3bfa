package org.renewalledger.command;

import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.renewalledger.command.access.Bindings;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.observe.CommandLogContext;
import org.renewalledger.command.observe.CommandOutcomeInterceptor;
import org.renewalledger.command.observe.CommandOutcomes;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.command.policy.PolicyStreamFollower;
import org.springframework.beans.factory.ObjectProvider;
import org.renewalledger.command.policy.PolicyVersionStamp;
import org.springframework.stereotype.Component;

/**
 * What every command passes through on the bus, whatever sent it: the policy version stamp on dispatch; then, when
 * handled, its log context and the report of its outcome (outermost, so they cover authorisation), then authorisation
 * before any handler runs; innermost, the policy books brought to the store's head, so a policy set through any
 * process governs the decision (docs/OPERATIONS.md, "Many command processes").
 */
@Component
class CommandBusInterceptors {

    CommandBusInterceptors(CommandBus commandBus, PolicySet policies, ObjectProvider<CommandOutcomes> outcomes,
                           PolicyStreamFollower policyStreams, Bindings bindings) {
        commandBus.registerDispatchInterceptor(new PolicyVersionStamp(policies));
        commandBus.registerHandlerInterceptor(new CommandLogContext());
        List<CommandOutcomes> listeners = outcomes.orderedStream().toList();
        if (!listeners.isEmpty()) {
            commandBus.registerHandlerInterceptor(new CommandOutcomeInterceptor(listeners));
        }
        commandBus.registerHandlerInterceptor(new CommandAuthorizationInterceptor(bindings));
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            policyStreams.catchUp();
            return chain.proceed();
        });
    }
}
