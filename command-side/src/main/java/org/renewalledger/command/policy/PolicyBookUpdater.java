package org.renewalledger.command.policy;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.renewalledger.kernel.assessment.AssessmentPolicyBook;
import org.renewalledger.kernel.policy.AssessmentPolicySetEvent;
import org.renewalledger.kernel.policy.JurisdictionPolicySetEvent;
import org.renewalledger.kernel.policy.SetJurisdictionPolicyCommand;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills the {@link PolicyBook} and the {@link AssessmentPolicyBook} from the policy register's one small stream at start-up, then keeps it up to
 * date from a subscribing processor (in the committing thread, so the next command already sees a new
 * policy). On several nodes a policy set on another node arrives through the shared event store when this
 * node restarts or, with a distributed event bus, at once; policies change rarely and say which version
 * decided each event, so a lag is visible, not silent.
 */
@Component
@ProcessingGroup("policy-book")
class PolicyBookUpdater {

    private final PolicyBook book;
    private final AssessmentPolicyBook assessmentPolicies;
    private final EventStore eventStore;

    PolicyBookUpdater(PolicyBook book, AssessmentPolicyBook assessmentPolicies, EventStore eventStore) {
        this.book = book;
        this.assessmentPolicies = assessmentPolicies;
        this.eventStore = eventStore;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        eventStore.readEvents(SetJurisdictionPolicyCommand.REGISTER_ID).asStream()
                .map(message -> message.getPayload())
                .forEach(event -> {
                    if (event instanceof JurisdictionPolicySetEvent set) {
                        book.apply(set);
                    } else if (event instanceof AssessmentPolicySetEvent set) {
                        assessmentPolicies.apply(set);
                    }
                });
    }

    @EventHandler
    void on(JurisdictionPolicySetEvent event) {
        book.apply(event);
    }

    @EventHandler
    void on(AssessmentPolicySetEvent event) {
        assessmentPolicies.apply(event);
    }
}
