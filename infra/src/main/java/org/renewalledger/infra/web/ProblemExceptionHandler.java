package org.renewalledger.infra.web;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.messaging.HandlerExecutionException;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where exceptions become HTTP answers, for controllers and routing alike. Domain refusals
 * keep their code; malformed input is a 400 naming the field where it can; anything unexpected is a 500
 * that says nothing about the inside and is logged with the correlation id instead.
 */
@Component
@Order(-2) // ahead of Spring Boot's default error handler
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemWriter writer;

    ProblemExceptionHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        return writer.write(exchange, problemFor(unwrap(error), exchange));
    }

    private Problem problemFor(Throwable error, ServerWebExchange exchange) {
        if (error instanceof DomainException domain) {
            return Problem.of(domain);
        }
        if (causedByOversizedBody(error)) { // security: a body past the cap while it was read
            return Problem.of(ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.PAYLOAD_TOO_LARGE.title());
        }
        if (error instanceof ServerWebInputException input) {
            return inputProblem(input);
        }
        if (error instanceof ResponseStatusException status) {
            return statusProblem(status);
        }
        if (error instanceof AccessDeniedException) {
            return Problem.of(ErrorCode.ACCESS_DENIED, ErrorCode.ACCESS_DENIED.title());
        }
        if (error instanceof CannotGetJdbcConnectionException || error instanceof DataAccessResourceFailureException) {
            log.warn("Database unavailable for {}: {}", exchange.getRequest().getPath(), error.toString());
            return Problem.worded(ErrorCode.SERVICE_UNAVAILABLE, null, "problem.detail.database-unavailable");
        }
        if (causedByUnreachableService(error)) {
            log.warn("Backing service unreachable for {}: {}", exchange.getRequest().getPath(), error.toString());
            return Problem.of(ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.SERVICE_UNAVAILABLE.title());
        }
        log.error("Unexpected failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
        return Problem.worded(ErrorCode.INTERNAL_ERROR, null, "problem.detail.unexpected");
    }

    /**
     * A connection that failed (Elasticsearch or PostgreSQL down), or Elasticsearch saying it cannot serve
     * yet (its own 503, e.g. a shard still starting), is a 503 to retry, not a bug.
     */
    private static boolean causedByUnreachableService(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException || cause instanceof java.io.UncheckedIOException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || (cause instanceof java.sql.SQLException sql && lostConnection(sql.getSQLState()))
                    || (cause instanceof org.elasticsearch.client.ResponseException response
                        && response.getResponse().getStatusLine().getStatusCode() == 503)
                    || (cause instanceof co.elastic.clients.elasticsearch._types.ElasticsearchException elastic
                        && elastic.status() == 503)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLState class 08 (connection exception) and 57P (the server shutting down): a pooled connection died
     * with the database. The driver sometimes reports it wrapped in an AssertionError, hence the cause walk.
     */
    private static boolean lostConnection(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }

    /** Axon and futures wrap the handler's exception; the answer is about the original. */
    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException
                || current instanceof HandlerExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean causedByOversizedBody(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.core.io.buffer.DataBufferLimitException) {
                return true;
            }
        }
        return false;
    }

    private static Problem inputProblem(ServerWebInputException input) {
        String field = null;
        if (input instanceof MissingRequestValueException missing) {
            field = missing.getName();
        } else if (input.getMethodParameter() != null && !input.getMethodParameter().hasParameterAnnotation(RequestBody.class)) {
            field = input.getMethodParameter().getParameterName();
        }
        Throwable cause = input.getCause();
        while (cause != null && !(cause instanceof DatabindException)) {
            cause = cause.getCause();
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return Problem.worded(ErrorCode.VALIDATION_FAILED, unknown.getPropertyName(), "problem.detail.unknown-field",
                    unknown.getPropertyName());
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            field = databind.getPath().get(databind.getPath().size() - 1).getPropertyName();
            return Problem.worded(ErrorCode.VALIDATION_FAILED, field, "problem.detail.wrong-type", field);
        }
        return field == null
                ? Problem.worded(ErrorCode.VALIDATION_FAILED, null, "problem.detail.body-missing")
                : Problem.worded(ErrorCode.VALIDATION_FAILED, field, "problem.detail.field-malformed", field);
    }

    private static Problem statusProblem(ResponseStatusException status) {
        HttpStatus http = HttpStatus.valueOf(status.getStatusCode().value());
        ErrorCode code = switch (http) {
            case NOT_FOUND -> ErrorCode.RESOURCE_NOT_FOUND;
            case UNAUTHORIZED -> ErrorCode.AUTHENTICATION_REQUIRED;
            case FORBIDDEN -> ErrorCode.ACCESS_DENIED;
            case SERVICE_UNAVAILABLE -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> ErrorCode.VALIDATION_FAILED;
        };
        return new Problem(http, code, http.getReasonPhrase(), null);
    }
}
