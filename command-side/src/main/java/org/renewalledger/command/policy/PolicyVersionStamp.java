package org.renewalledger.command.policy;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.renewalledger.kernel.common.MetaDataKeys;

/**
 * Stamps each dispatched command with the version of the policy set that will decide it; correlation
 * data carries it on to every event the command produces.
 */
public class PolicyVersionStamp implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final PolicySet policies;

    public PolicyVersionStamp(PolicySet policies) {
        this.policies = policies;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(Map.of(MetaDataKeys.POLICY_VERSION, policies.version()));
    }
}
