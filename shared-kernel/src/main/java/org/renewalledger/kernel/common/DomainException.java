package org.renewalledger.kernel.common;

import java.util.Objects;

/**
 * A refusal by a rule of the domain. It carries a stable {@link ErrorCode} and, where one input is to
 * blame, the name of that field, so clients can point at it.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public DomainException(ErrorCode code, String detail) {
        this(code, detail, null);
    }

    public DomainException(ErrorCode code, String detail, String field) {
        super(detail);
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
    }

    /** An invalid argument to a value type or message: always a 400 with the field named. */
    public static DomainException invalid(String field, String detail) {
        return new DomainException(ErrorCode.VALIDATION_FAILED, detail, field);
    }

    public ErrorCode code() {
        return code;
    }

    /** The input field at fault, or {@code null} where the refusal is about the whole request. */
    public String field() {
        return field;
    }
}
