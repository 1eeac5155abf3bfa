package org.renewalledger.command.compound.survey;

import java.util.List;

/**
 * One row of an uploaded sheet as text, numbered as the clerk's spreadsheet program shows it (the first row is
 * 1), so a report's "row 7" is the row they see.
 */
record SheetRow(int number, List<String> cells) {

    SheetRow {
        cells = cells.stream().map(cell -> cell == null ? "" : cell.strip()).toList();
    }

    String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
