package org.renewalledger.command.access;

import java.lang.reflect.RecordComponent;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.funding.ProjectId;

/**
 * What a command acts on, for the bindings: the project and compound it names (a record component of that type).
 * Read from the command's shape rather than listed per command, so a command added later is bound too.
 */
record BoundTargets(ProjectId project, CompoundId compound) {

    static BoundTargets of(Object command) {
        ProjectId project = null;
        CompoundId compound = null;
        if (command.getClass().isRecord()) {
            for (RecordComponent component : command.getClass().getRecordComponents()) {
                Object value = read(component, command);
                if (value instanceof ProjectId id && project == null) {
                    project = id;
                } else if (value instanceof CompoundId id && compound == null) {
                    compound = id;
                }
            }
        }
        return new BoundTargets(project, compound);
    }

    private static Object read(RecordComponent component, Object command) {
        try {
            return component.getAccessor().invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + command.getClass().getSimpleName(), e);
        }
    }
}
