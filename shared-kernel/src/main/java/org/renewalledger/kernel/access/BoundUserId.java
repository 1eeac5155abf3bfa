package org.renewalledger.kernel.access;

import org.renewalledger.kernel.common.Require;

/**
 * The user id a binding names (a contractor's, an owners' committee's): the id the bound unit signs in with, no longer
 * than the binding tables hold it, so that binding and unbinding check it alike.
 */
final class BoundUserId {

    /** The length of the binding tables' user id columns (V141). */
    static final int MAXIMUM_LENGTH = 255;

    private BoundUserId() {
    }

    /** The id, checked as the request's {@code field}. */
    static String check(String field, String value) {
        return Require.text(field, value, MAXIMUM_LENGTH);
    }
}
