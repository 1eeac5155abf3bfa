package org.renewalledger.command.compound.survey;

import java.util.List;

/** One row of the report: its number in the sheet, the compound it names, what happened, and why. */
public record RowResult(int row, String compoundId, RowOutcome outcome, List<RowProblem> problems) {

    public RowResult {
        problems = List.copyOf(problems);
    }
}
