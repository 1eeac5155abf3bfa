package org.renewalledger.command.compound.survey;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;

/**
 * Reads a comma-separated file as Excel writes it. Excel on a Chinese Windows saves "CSV (逗号分隔)" in GBK and
 * "CSV UTF-8" with a byte-order mark, so without a charset named by the caller: a UTF-8 byte-order mark means
 * UTF-8; bytes that are valid UTF-8 are UTF-8 (Chinese text in GBK is practically never valid UTF-8); anything
 * else is decoded as GB18030, the superset of GBK and GB2312. A byte sequence invalid in the chosen charset
 * refuses the whole file rather than importing mojibake.
 */
final class CsvSheetReader {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvSheetReader() {
    }

    static SurveySheet read(byte[] content, Charset requested, int maxRows) {
        boolean bom = content.length >= 3 && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1] && content[2] == UTF8_BOM[2];
        byte[] body = bom ? java.util.Arrays.copyOfRange(content, 3, content.length) : content;
        Charset charset = requested != null ? requested : bom || decodes(body, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : GB18030;
        String text;
        try {
            text = decoder(charset, body);
        } catch (CharacterCodingException e) {
            throw new DomainException(ErrorCode.IMPORT_FILE_UNREADABLE, requested != null
                    ? "The file is not valid " + charset.name() + " text; leave out the charset parameter to detect it"
                    : "The file is neither an XLSX workbook nor CSV text in UTF-8 or GBK", "file");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new DomainException(ErrorCode.IMPORT_FILE_UNREADABLE,
                    "The file is binary, not CSV text; upload the .xlsx workbook or save it as CSV", "file");
        }
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get())) {
            for (CSVRecord record : parser) {
                SheetRow row = new SheetRow((int) record.getRecordNumber(), record.toList());
                if (!row.isBlank()) {
                    rows.add(row);
                    SurveySheetReader.checkRowCount(rows.size(), maxRows);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new DomainException(ErrorCode.IMPORT_FILE_UNREADABLE,
                    "The CSV is malformed (an unclosed quote?): " + firstLine(e.getMessage()), "file");
        }
        return new SurveySheet(SpreadsheetFormat.CSV, charset.name(), rows);
    }

    private static boolean decodes(byte[] body, Charset charset) {
        try {
            decoder(charset, body);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decoder(Charset charset, byte[] body) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(body)).toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
