package org.renewalledger.query.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Writes a {@link Table} as CSV (Commons CSV's printer: RFC 4180 quoting, a BOM so Excel reads the UTF-8
 * Chinese headers) or XLSX (POI's streaming workbook, a window of rows in memory), every text cell guarded
 * against formula injection. Both stream: rows are written as they arrive and the bytes go out as they are
 * written, on a thread that may block, so an export of a province never sits whole in memory.
 */
public final class TableWriter {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT; // comma, double quotes when needed, CRLF
    private static final int ROWS_IN_MEMORY = 100;

    private TableWriter() {
    }

    public static Flux<DataBuffer> csv(Table table) {
        return stream(out -> writeCsv(table.headers(), table.rows().toIterable(), out));
    }

    public static Flux<DataBuffer> xlsx(Table table) {
        return stream(out -> writeXlsx(List.of(table), out));
    }

    /**
     * Several tables in one CSV file, in order, each with its header row and separated from the next by an empty
     * line (a reader splits them there), for an export whose parts have different columns.
     */
    public static Flux<DataBuffer> csv(List<Table> tables) {
        return stream(out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            for (int t = 0; t < tables.size(); t++) {
                if (t > 0) {
                    printer.println();
                }
                printRows(printer, tables.get(t).headers(), tables.get(t).rows().toIterable());
            }
            printer.flush();
        });
    }

    /** Several tables in one workbook, one sheet each, named by {@link Table#sheet()}. */
    public static Flux<DataBuffer> xlsx(List<Table> tables) {
        return stream(out -> writeXlsx(tables, out));
    }

    /** The CSV of rows already at hand, for exports whose view is one small document. */
    public static byte[] csvBytes(List<String> headers, Iterable<? extends List<?>> rows) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            writeCsv(headers, rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeCsv(List<String> headers, Iterable<? extends List<?>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printRows(printer, headers, rows);
        printer.flush();
    }

    private static void printRows(CSVPrinter printer, List<String> headers, Iterable<? extends List<?>> rows) throws IOException {
        printer.printRecord(headers.stream().map(FormulaGuard::text));
        for (List<?> row : rows) {
            printer.printRecord(row.stream().map(FormulaGuard::cell));
        }
    }

    private static void writeXlsx(List<Table> tables, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(table.sheet());
                int r = 0;
                cells(sheet.createRow(r++), table.headers());
                for (List<?> row : table.rows().toIterable()) {
                    cells(sheet.createRow(r++), row);
                }
            }
            workbook.write(out);
        } finally {
            workbook.close(); // also removes the temporary files of flushed rows
        }
    }

    private static void cells(Row row, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(c).setCellValue(FormulaGuard.text(value.toString()));
            }
        }
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Flux<DataBuffer> stream(Body body) {
        return Flux.from(DataBufferUtils.outputStreamPublisher(out -> {
            try {
                body.writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, DefaultDataBufferFactory.sharedInstance, Schedulers.boundedElastic()::schedule));
    }
}
