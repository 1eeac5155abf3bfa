package org.renewalledger.infra.web;

import java.util.List;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * An RFC 9457 problem: status, a stable code (also in the {@code type} URI), a human detail, and the
 * input field at fault when there is one. Never a stack trace or an internal class name. A detail the web
 * layer words itself carries its message key and values instead, so that {@link ProblemMessages} says it in
 * the caller's language.
 */
public record Problem(HttpStatus status, ErrorCode code, String detail, String field, String detailKey,
                      List<Object> detailArgs) {

    public Problem(HttpStatus status, ErrorCode code, String detail, String field) {
        this(status, code, detail, field, null, List.of());
    }

    public static Problem of(DomainException e) {
        return new Problem(statusOf(e.code().kind()), e.code(), e.getMessage(), e.field());
    }

    public static Problem of(ErrorCode code, String detail) {
        return new Problem(statusOf(code.kind()), code, detail, null);
    }

    /** A problem whose detail is the message {@code key} of {@code messages.properties} with its values. */
    public static Problem worded(ErrorCode code, String field, String key, Object... args) {
        // Values as text: MessageFormat would otherwise group a number's digits ("262,144 bytes").
        List<Object> values = java.util.Arrays.stream(args).<Object>map(String::valueOf).toList();
        return new Problem(statusOf(code.kind()), code, null, field, key, values);
    }

    public String type() {
        return "urn:renewal-ledger:problem:" + code.name().toLowerCase().replace('_', '-');
    }

    static HttpStatus statusOf(ErrorCode.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_CONTENT;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }
}
