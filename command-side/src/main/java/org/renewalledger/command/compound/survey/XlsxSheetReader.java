package org.renewalledger.command.compound.survey;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;

/**
 * Reads the first sheet of an XLSX workbook (Apache POI). Numbers are read as their exact decimal value, not as
 * the cell's display format (a cell shown as "18,650.50" reads 18650.5); formulas give their cached result.
 */
final class XlsxSheetReader {

    static {
        // A workbook is a zip archive: bound what one entry may inflate to (POI also refuses extreme ratios).
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
    }

    private XlsxSheetReader() {
    }

    static SurveySheet read(byte[] content, int maxRows) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new DomainException(ErrorCode.IMPORT_FILE_UNREADABLE, "The workbook has no sheet", "file");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(text(row.getCell(i), formatter));
                }
                SheetRow sheetRow = new SheetRow(row.getRowNum() + 1, cells);
                if (!sheetRow.isBlank()) {
                    rows.add(sheetRow);
                    SurveySheetReader.checkRowCount(rows.size(), maxRows);
                }
            }
            return new SurveySheet(SpreadsheetFormat.XLSX, null, rows);
        } catch (DomainException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) { // POI throws many kinds for a corrupt or hostile archive
            throw new DomainException(ErrorCode.IMPORT_FILE_UNREADABLE, "The XLSX workbook cannot be read; save it again "
                    + "from the spreadsheet program or upload it as CSV", "file");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? formatter.formatCellValue(cell)
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
