package org.renewalledger.command.funding;

import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.renewalledger.command.access.CommandAuthorizationInterceptor;
import org.renewalledger.command.evidence.EvidenceRegister;
import org.renewalledger.command.policy.CostSharePolicy;
import org.renewalledger.command.policy.TranchePolicy;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;

/**
 * A real Axon configuration for the fund rules, which span two aggregates in one unit of work (so the
 * one-aggregate test fixture cannot hold them): in-memory event store, both aggregates, {@link FundAllocator},
 * the policies and the command bus's authorisation, exactly as the application wires them minus the database.
 */
final class FundChain implements AutoCloseable {

    static final Actor MINISTRY = new Actor("qian", Role.FINANCE_BUREAU, JurisdictionCode.of("100000"));
    static final Actor PROVINCE = new Actor("sun", Role.FINANCE_BUREAU, JurisdictionCode.of("520000"));
    static final Actor COUNTY = new Actor("zhao", Role.FINANCE_BUREAU, JurisdictionCode.of("520523"));
    static final Actor AUDITOR = new Actor("wu", Role.AUDITOR, JurisdictionCode.of("520523"));
    static final Actor HOUSING = new Actor("chen", Role.HOUSING_BUREAU, JurisdictionCode.of("520523"));

    static {
        System.setProperty("disable-axoniq-console-message", "true");
    }

    private final Configuration configuration;

    FundChain() {
        configuration = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Fund.class)
                .configureAggregate(ProjectFunding.class)
                .registerComponent(TranchePolicy.class, c -> TranchePolicy.DEFAULT)
                .registerComponent(EvidenceRegister.class, c -> new EvidenceRegister(stream -> false))
                .registerComponent(CostSharePolicy.class, c -> CostSharePolicy.DEFAULT)
                .registerCommandHandler(c -> new FundAllocator(c.repository(Fund.class), c.repository(ProjectFunding.class)))
                .buildConfiguration();
        configuration.commandBus().registerHandlerInterceptor(new CommandAuthorizationInterceptor());
        configuration.start();
    }

    /** Sends a command as the actor and answers its result; a refusal is thrown as the domain exception. */
    <R> R send(Actor actor, Object command) {
        return gateway().sendAndWait(new GenericCommandMessage<>(command, Map.copyOf(actor.asMetaData())));
    }

    /** The payloads stored in one stream, in order. */
    List<Object> events(String aggregateId) {
        return configuration.eventStore().readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    private CommandGateway gateway() {
        return configuration.commandGateway();
    }

    CommandBus bus() {
        return configuration.commandBus();
    }

    @Override
    public void close() {
        configuration.shutdown();
    }

}
