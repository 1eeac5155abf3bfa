package org.renewalledger.command.compound.survey;

import java.nio.charset.Charset;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;

/** Reads an uploaded file of either format into rows, or refuses the whole file with a problem. */
final class SurveySheetReader {

    /** How far down the header row may be: a sheet often starts with a title row or two. */
    static final int TITLE_ROWS = 10;

    private SurveySheetReader() {
    }

    /**
     * @param charset the charset of a CSV file when the caller names one; {@code null} to detect UTF-8 or GBK
     */
    static SurveySheet read(byte[] content, Charset charset, int maxRows) {
        if (content.length == 0) {
            throw new DomainException(ErrorCode.IMPORT_FILE_UNREADABLE, "The file is empty", "file");
        }
        if (SpreadsheetFormat.isLegacyExcel(content)) {
            throw new DomainException(ErrorCode.IMPORT_FILE_UNREADABLE,
                    "Excel 97–2003 workbooks (.xls) are not read; save the file as .xlsx or CSV", "file");
        }
        return switch (SpreadsheetFormat.of(content)) {
            case XLSX -> XlsxSheetReader.read(content, maxRows);
            case CSV -> CsvSheetReader.read(content, charset, maxRows);
        };
    }

    /** A guard while reading; the exact count of data rows is checked once the header row is known. */
    static void checkRowCount(int rows, int maxRows) {
        if (rows > maxRows + TITLE_ROWS) {
            throw new DomainException(ErrorCode.IMPORT_FILE_TOO_LARGE,
                    "An import takes at most " + maxRows + " rows; split the file", "file");
        }
    }
}
