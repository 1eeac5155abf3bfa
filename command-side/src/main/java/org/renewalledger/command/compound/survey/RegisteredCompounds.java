package org.renewalledger.command.compound.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;
import org.springframework.stereotype.Component;

/**
 * What a compound was registered with, read from the first event of its stream in the event store (the command
 * side's own truth; no read model is needed, so this works in a command-only process and right after the
 * registration committed). A re-imported row is compared with it: equal is "unchanged", different is "changed".
 * Blocking JDBC: call off the event loop.
 */
@Component
class RegisteredCompounds {

    private final EventStore eventStore;

    RegisteredCompounds(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Empty when no stream has the id; the first event otherwise (its payload need not be a registration). */
    Optional<Object> firstEvent(CompoundId id) {
        // From sequence 0 straight from storage, not from a snapshot: the registration is the first event.
        try (Stream<? extends DomainEventMessage<?>> events = eventStore.readEvents(id.value(), 0).asStream()) {
            return events.findFirst().map(DomainEventMessage::getPayload);
        }
    }

    /** The row's differences from the registration; empty when the row says what was registered. */
    static List<RowProblem> differences(RegisterCompoundCommand row, Object firstEvent) {
        List<RowProblem> differences = new ArrayList<>();
        if (!(firstEvent instanceof CompoundRegisteredEvent registered)) {
            differences.add(RowProblem.of(SurveyColumn.COMPOUND_ID, ErrorCode.COMPOUND_ALREADY_REGISTERED,
                    "The code " + row.compoundId() + " is already used by another record"));
            return differences;
        }
        if (!registered.streetOffice().equals(row.streetOffice())) {
            // Another office's compound: say no more than that the code is taken.
            differences.add(RowProblem.of(SurveyColumn.COMPOUND_ID, ErrorCode.COMPOUND_ALREADY_REGISTERED,
                    "The code " + row.compoundId() + " is registered to another street office"));
            return differences;
        }
        compare(differences, SurveyColumn.NAME, registered.name(), row.name());
        compare(differences, SurveyColumn.STREET_OFFICE_NAME, registered.streetOfficeName(), row.streetOfficeName());
        compare(differences, SurveyColumn.BUILT_YEAR, registered.builtYear(), row.builtYear());
        compare(differences, SurveyColumn.BUILDINGS, registered.buildings(), row.buildings());
        compare(differences, SurveyColumn.HOUSEHOLDS, registered.households(), row.households());
        compare(differences, SurveyColumn.FLOOR_AREA, registered.floorArea().squareMetres().toPlainString(),
                row.floorArea().squareMetres().toPlainString());
        if (!row.exclusions().isEmpty()) {
            differences.add(RowProblem.of(SurveyColumn.EXCLUSIONS, ErrorCode.COMPOUND_ALREADY_REGISTERED,
                    "Registered without exclusions; the file now names " + row.exclusions()));
        }
        return differences;
    }

    private static void compare(List<RowProblem> differences, SurveyColumn column, Object registered, Object row) {
        if (!Objects.equals(registered, row)) {
            differences.add(RowProblem.of(column, ErrorCode.COMPOUND_ALREADY_REGISTERED,
                    "Registered as " + registered + "; the file says " + row));
        }
    }
}
