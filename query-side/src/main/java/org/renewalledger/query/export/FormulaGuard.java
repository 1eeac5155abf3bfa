package org.renewalledger.query.export;

/**
 * Keeps a text cell from being read as a formula by Excel or LibreOffice (CSV injection): text starting with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as text.
 * Numbers are never guarded, so a negative amount stays a number.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static Object cell(Object value) {
        return value instanceof CharSequence text ? text(text.toString()) : value;
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
