package org.renewalledger.query.privacy;

/**
 * What an answer shows of a phone or ID number: enough to tell two residents apart on a call or a form,
 * not enough to use (138****5678, 520523********1234). Names are shown as recorded.
 */
public final class PersonalDataMask {

    private PersonalDataMask() {
    }

    public static String phone(String phone) {
        return phone == null ? null : keep(phone, 3, 4);
    }

    public static String idNumber(String idNumber) {
        return idNumber == null ? null : keep(idNumber, 6, 4);
    }

    private static String keep(String value, int head, int tail) {
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
    }
}
