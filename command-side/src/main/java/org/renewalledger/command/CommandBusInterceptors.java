package org.renewalledger.command;

import org.axonframework.commandhandling.CommandBus;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.policy.PolicySet;
import org.renewalledger.command.policy.PolicyVersionStamp;
import org.springframework.stereotype.Component;

/**
 * What every command passes through on the bus, whatever sent it: the policy version stamp on dispatch,
 * then authorisation before any handler runs.
 */
@Component
class CommandBusInterceptors {

    CommandBusInterceptors(CommandBus commandBus, PolicySet policies) {
        commandBus.registerDispatchInterceptor(new PolicyVersionStamp(policies));
        commandBus.registerHandlerInterceptor(new CommandAuthorizationInterceptor());
    }
}
