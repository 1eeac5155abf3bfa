package org.renewalledger.command.compound.survey;

import java.util.List;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;

/**
 * A data row after validation: the command it becomes, or the problems that keep it from becoming one.
 *
 * @param compoundId the code as written in the row (for the report, also when it is invalid)
 * @param command    null when {@code problems} is not empty
 */
record ParsedRow(int row, String compoundId, RegisterCompoundCommand command, List<RowProblem> problems) {

    ParsedRow {
        problems = List.copyOf(problems);
    }

    boolean valid() {
        return command != null;
    }

    RowResult rejected(List<RowProblem> more) {
        List<RowProblem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new RowResult(row, compoundId, RowOutcome.REJECTED, all);
    }
}
