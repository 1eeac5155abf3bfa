package org.renewalledger.command.compound.survey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;

/**
 * Where each template column sits in an uploaded sheet. Columns may come in any order and other columns (a
 * clerk's notes) are ignored; the header is the first row naming the compound-code column, so a title row
 * above it (e.g. "鼓场街道老旧小区摸底调查表") is fine.
 */
final class SurveyHeader {

    private final SheetRow row;
    private final Map<SurveyColumn, Integer> positions;

    private SurveyHeader(SheetRow row, Map<SurveyColumn, Integer> positions) {
        this.row = row;
        this.positions = positions;
    }

    static SurveyHeader locate(SurveySheet sheet) {
        List<SheetRow> rows = sheet.rows();
        if (rows.isEmpty()) {
            throw new DomainException(ErrorCode.IMPORT_FILE_UNREADABLE, "The file has no rows", "file");
        }
        SheetRow header = rows.stream().limit(SurveySheetReader.TITLE_ROWS + 1L)
                .filter(row -> row.cells().stream().anyMatch(cell -> SurveyColumn.forHeader(cell)
                        .filter(SurveyColumn.COMPOUND_ID::equals).isPresent()))
                .findFirst().orElse(rows.get(0));
        Map<SurveyColumn, Integer> positions = new EnumMap<>(SurveyColumn.class);
        for (int i = 0; i < header.cells().size(); i++) {
            Optional<SurveyColumn> column = SurveyColumn.forHeader(header.cells().get(i));
            if (column.isPresent() && positions.putIfAbsent(column.get(), i) != null) {
                throw new DomainException(ErrorCode.IMPORT_TEMPLATE_MISMATCH,
                        "Row " + header.number() + " has the column " + column.get().heading() + " twice", "file");
            }
        }
        List<String> missing = new ArrayList<>();
        for (SurveyColumn column : SurveyColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                missing.add(column.heading());
            }
        }
        if (!missing.isEmpty()) {
            throw new DomainException(ErrorCode.IMPORT_TEMPLATE_MISMATCH, "The header row (row " + header.number()
                    + ") lacks the columns " + String.join("、", missing) + "; the template's columns are "
                    + String.join("、", SurveyColumn.headings()), "file");
        }
        return new SurveyHeader(header, positions);
    }

    /** The data rows: every non-blank row below the header. */
    List<SheetRow> dataRows(SurveySheet sheet) {
        return sheet.rows().stream().filter(candidate -> candidate.number() > row.number()).toList();
    }

    String cell(SheetRow data, SurveyColumn column) {
        Integer position = positions.get(column);
        return position == null ? "" : data.cell(position);
    }
}
