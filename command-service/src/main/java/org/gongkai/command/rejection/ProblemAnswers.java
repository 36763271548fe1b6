package org.gongkai.command.rejection;

import java.sql.SQLException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gongkai.security.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every refusal into an RFC 9457 problem that names the field and the rule, so the UI can put the message
 * next to the field and scripts can react to the rule. User mistakes never become a 500.
 */
@RestControllerAdvice
class ProblemAnswers extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAnswers.class);

    @ExceptionHandler(Rejection.class)
    ProblemDetail rejected(Rejection rejection) {
        return problem(status(rejection.kind()), rejection.rule(), rejection.field(), rejection.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var error = invalid.getBindingResult().getFieldErrors().get(0);
        return answer(problem(
                HttpStatus.BAD_REQUEST,
                "Required",
                error.getField(),
                "缺少或无效的字段：" + error.getField() + " " + error.getDefaultMessage()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return answer(UnreadableBody.problem(unreadable));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException unsupported,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return answer(problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "UnsupportedContentType",
                null,
                "请求内容须为 JSON：send the body as Content-Type application/json"));
    }

    /** Whatever else Spring refuses by itself (a wrong method, no such endpoint) also names a rule. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("rule"))) {
            String rule = problem.getTitle() == null
                    ? "Http" + status.value()
                    : problem.getTitle().replace(" ", "");
            problem.setProperty("rule", rule);
        }
        if (body instanceof ProblemDetail) {
            // a problem is a problem whatever the client listed first in Accept
            HttpHeaders problemHeaders = new HttpHeaders();
            problemHeaders.addAll(headers);
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return super.createResponseEntity(body, problemHeaders, status, request);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** A body Jackson could not bind at all (a field given twice to a record, say): the body's fault, not ours. */
    @ExceptionHandler(HttpMessageConversionException.class)
    ProblemDetail unbindable(HttpMessageConversionException unbindable) {
        return problem(
                HttpStatus.BAD_REQUEST, "MalformedJson", null, "请求内容无法读取：the body cannot be read as this request");
    }

    /**
     * A value the event store cannot hold (a character PostgreSQL refuses, say) is the input's fault, and the
     * transaction rolled back: nothing was stored. The declared limits refuse such values first; this is the net.
     * An event store that could not be reached is answered 503 before this (StorageFailures, ADR 0061). Anything
     * else is this service's fault, answered as one: never thrown on from here, because Spring MVC takes an
     * exception thrown by a handler whose cause says "Broken pipe" for a client that left, and answers 200.
     */
    @ExceptionHandler(EventStoreException.class)
    ProblemDetail unstorable(EventStoreException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return problem(
                        HttpStatus.BAD_REQUEST,
                        "UnstorableValue",
                        null,
                        "请求含有无法保存的字符或数值：the request holds a value that cannot be stored");
            }
        }
        // the one answer here that is not the client's doing: an operator must find it in the log
        log.error("the event store could not store a write; answered 500 StorageFault", failure);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "StorageFault",
                null,
                "事件库未能保存本次操作：the event store could not store this request; nothing of it was recorded");
    }

    private static ResponseEntity<Object> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException missing) {
        return problem(
                HttpStatus.NOT_FOUND, "UnknownId", "id", "未找到：" + missing.getAggregateIdentifier() + " is not known");
    }

    /**
     * Applications, agencies, cases and documents share one id space in the event store: a command naming the id
     * of a record of another kind loads a stream its aggregate cannot read. Nothing was stored. {@link IdsAcrossKinds}
     * turns this into a rejection naming the field (404 for a command on an existing record); this is the net.
     */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ProblemDetail idOfAnotherKind(IncompatibleAggregateException incompatible) {
        return problem(
                HttpStatus.CONFLICT,
                "IdOfAnotherKind",
                null,
                "该编号已用于另一类记录：the id already names a record of another kind");
    }

    /** Two writers raced on one stream; the loser is told to reload and retry, nothing of it was stored. */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException conflict) {
        return raced();
    }

    /**
     * Two creates with one id raced, on two instances of a cluster: the event store's unique key refused the second
     * one's first event, and nothing of it was stored (ADR 0006). Sent again, it is answered as a retry (or as
     * {@code 409} with another body). Before, Axon's exception for this reached the client as a 500.
     */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail createRaced(AggregateStreamCreationException conflict) {
        return raced();
    }

    private static ProblemDetail raced() {
        return problem(
                HttpStatus.CONFLICT,
                "ConcurrentChange",
                null,
                "该记录正被同时修改，请刷新后重试：another change to the same record was stored first");
    }

    private static HttpStatus status(Rejection.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
    }

    static ProblemDetail problem(HttpStatus status, String rule, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(Problems.type(rule));
        problem.setTitle(rule);
        problem.setProperty("rule", rule);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
