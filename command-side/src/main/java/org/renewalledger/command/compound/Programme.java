package org.renewalledger.command.compound;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.renewalledger.command.policy.EligibilityPolicy;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.programme.CompoundAdmittedToProgrammeEvent;
import org.renewalledger.kernel.programme.PlaceKind;

/**
 * A county's renovation programme: the one consistent count of its places, so the extension cap (a rule over
 * the whole programme) is decided on it. Every registration in the county takes a place here, in the same
 * unit of work and database transaction as the compound's own first event ({@link CompoundRegistrar}); two
 * registrations racing for the last extension place append to this one stream, and the event store's unique
 * key lets only one of them commit (docs/LIFECYCLE.md, "The extension cap"). Its state is two counters.
 */
@Aggregate(snapshotTriggerDefinition = "compoundSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Programme {

    private static final String PREFIX = "programme-";

    @AggregateIdentifier
    private String programmeId;
    private long admitted;
    private long extensions;

    /** For Axon, and for a county's first registration (its programme starts empty). */
    Programme() {
    }

    static String idOf(JurisdictionCode county) {
        return PREFIX + county.value();
    }

    /**
     * Gives the compound a place under the policy in force, or refuses it: {@code COMPOUND_NOT_ELIGIBLE} when
     * built too late for any place, {@code EXTENSION_CAP_REACHED} when it needs an extension place and none is
     * left. Returns the admitting rule, which the compound's registration quotes.
     */
    String admit(JurisdictionCode county, CompoundId compound, int builtYear, EligibilityPolicy policy) {
        EligibilityPolicy.Decision decision = policy.evaluate(builtYear, admitted, extensions);
        if (decision instanceof EligibilityPolicy.Ineligible ineligible) {
            throw new DomainException(ErrorCode.COMPOUND_NOT_ELIGIBLE, ineligible.reason(), "builtYear");
        }
        if (decision instanceof EligibilityPolicy.ExtensionCapReached reached) {
            throw new DomainException(ErrorCode.EXTENSION_CAP_REACHED, reached.reason(), "builtYear");
        }
        EligibilityPolicy.Eligible eligible = (EligibilityPolicy.Eligible) decision;
        boolean extension = eligible.place() == PlaceKind.EXTENSION;
        apply(new CompoundAdmittedToProgrammeEvent(idOf(county), county, compound, builtYear, eligible.place(),
                eligible.rule(), admitted + 1, extension ? extensions + 1 : extensions));
        return eligible.rule();
    }

    @EventSourcingHandler
    void on(CompoundAdmittedToProgrammeEvent event) {
        programmeId = event.programmeId();
        admitted = event.admittedAfter();
        extensions = event.extensionsAfter();
    }
}
