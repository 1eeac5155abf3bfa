package org.renewalledger.kernel.common;

/** Guards for message and value constructors: a missing value is the caller's error, named by field. */
public final class Require {

    private Require() {
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw DomainException.invalid(field, field + " is required");
        }
        return value;
    }

    /** Non-blank text, stripped, at most {@code maxLength} characters (code points, so Chinese counts right). */
    public static String text(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid(field, field + " is required");
        }
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw DomainException.invalid(field, field + " is longer than " + maxLength + " characters");
        }
        return stripped;
    }
}
