package org.renewalledger.kernel.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Guards for message and value constructors: a missing value is the caller's error, named by field. */
public final class Require {

    private static final String NOT_IN_PROSE = "<>`\\${}'\"";
    /**
     * Security (docs/SECURITY.md): a mainland mobile number or a national ID number in free text would be
     * personal data in clear in an event forever; such data goes only into the sealed owner details.
     */
    private static final java.util.regex.Pattern PERSONAL_NUMBER = java.util.regex.Pattern.compile(
            "(?<![0-9A-Za-z])(1[3-9][0-9]{9}|[0-9]{17}[0-9Xx])(?![0-9A-Za-z])");

    private Require() {
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw DomainException.invalid(field, field + " is required");
        }
        return value;
    }

    /**
     * Non-blank text, stripped, at most {@code maxLength} characters (code points, so Chinese counts right).
     * Free text is plain prose: no control characters or broken UTF-16 (lone surrogates), and none of the
     * characters that only markup, templates, shells or query languages need ({@code < > ` \ $ { }} and
     * ASCII quotes; Chinese text uses full-width punctuation such as “”、‘’、〔〕). Whatever later shows,
     * exports or logs it can then never be tricked by it.
     */
    public static String text(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid(field, field + " is required");
        }
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw DomainException.invalid(field, field + " is longer than " + maxLength + " characters");
        }
        if (stripped.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE
                || c == 0xFFFD)) {
            throw DomainException.invalid(field, field + " contains control characters or invalid Unicode");
        }
        int forbidden = stripped.codePoints().filter(c -> NOT_IN_PROSE.indexOf(c) >= 0).findFirst().orElse(-1);
        if (forbidden >= 0) {
            throw DomainException.invalid(field, field + " may not contain '" + (char) forbidden + "'");
        }
        if (PERSONAL_NUMBER.matcher(stripped).find()) {
            throw DomainException.invalid(field, field + " may not hold a phone or ID number: personal data is recorded "
                    + "only as an owner's sealed details");
        }
        return stripped;
    }

    /**
     * A proper name (of a compound, an office, a unit): letters of any script, digits, spaces and the
     * punctuation such names use — 幸福里小区（二期）, 3号院, A-1 栋. Markup and quoting characters are refused,
     * so a name can never smuggle a script or a query fragment into any screen, export or log.
     */
    public static String name(String field, String text, int maxLength) {
        String checked = text(field, text, maxLength);
        int bad = checked.codePoints().filter(c -> !isNameCharacter(c)).findFirst().orElse(-1);
        if (bad >= 0) {
            throw DomainException.invalid(field, field + " may not contain '" + new String(Character.toChars(bad)) + "'");
        }
        return checked;
    }

    /**
     * The constant of {@code type} that {@code value} names, read as request parameters write it: any case, words
     * joined by '-' or '_' ({@code scheme}, {@code CENTRAL_SUBSIDY}, {@code under-construction}).
     */
    public static <E extends Enum<E>> E constant(Class<E> type, String field, String value) {
        present(field, value);
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw DomainException.invalid(field, field + " is one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")) + ", got: " + value);
    }

    private static boolean isNameCharacter(int c) {
        return Character.isLetterOrDigit(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.isSpaceChar(c)
                || "-_.,·、()（）#/&＋+".indexOf(c) >= 0;
    }
}
