package org.renewalledger.command.compound.survey;

import java.util.List;

/**
 * An uploaded file read into rows of text, before any meaning is given to them.
 *
 * @param format  how the file was read
 * @param charset the character set a CSV file was decoded with ({@code null} for XLSX)
 * @param rows    every non-blank row, in file order
 */
record SurveySheet(SpreadsheetFormat format, String charset, List<SheetRow> rows) {
}
