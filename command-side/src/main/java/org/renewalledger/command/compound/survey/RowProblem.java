package org.renewalledger.command.compound.survey;

import org.renewalledger.kernel.common.ErrorCode;

/**
 * What is wrong with one cell of a row (or with the row, when {@code column} is null).
 *
 * @param column the template's heading, e.g. 建成年份
 * @param field  the same column's field name in the JSON API, e.g. builtYear
 * @param code   the refusal's stable code, the same a single registration would get
 */
public record RowProblem(String column, String field, ErrorCode code, String reason) {

    static RowProblem of(SurveyColumn column, ErrorCode code, String reason) {
        return new RowProblem(column.heading(), column.field(), code, reason);
    }

    /** A refusal naming an input field, pointed at that field's column. */
    static RowProblem of(ErrorCode code, String field, String reason) {
        return SurveyColumn.forField(field)
                .map(column -> of(column, code, reason))
                .orElse(new RowProblem(null, field, code, reason));
    }
}
