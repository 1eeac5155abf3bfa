package org.renewalledger.command.compound.survey;

/** The kinds of file an import reads, told apart by their first bytes rather than by the file's name. */
public enum SpreadsheetFormat {
    XLSX,
    CSV;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** An XLSX workbook is a zip archive; anything else is read as CSV text (and refused if it is not text). */
    static SpreadsheetFormat of(byte[] content) {
        return startsWith(content, ZIP) ? XLSX : CSV;
    }

    /** The binary Excel 97–2003 format (.xls), which the import does not read. */
    static boolean isLegacyExcel(byte[] content) {
        return startsWith(content, OLE2);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
