package org.gongkai.command.rejection;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gongkai.security.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
        return answer(unreadable(unreadable));
    }

    private static ResponseEntity<Object> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        if (unreadable.getCause() instanceof InvalidFormatException format
                && !format.getPath().isEmpty()) {
            String field = fieldPath(format);
            if (format.getTargetType() != null && format.getTargetType().isEnum()) {
                String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                        .map(Object::toString)
                        .collect(Collectors.joining(", "));
                return problem(
                        HttpStatus.BAD_REQUEST,
                        "UnknownCode",
                        field,
                        "未知代码：" + field + " '" + format.getValue() + "' is not one of " + allowed);
            }
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "WrongType",
                    field,
                    "格式错误：" + field + " '" + format.getValue() + "' is not a valid "
                            + format.getTargetType().getSimpleName());
        }
        if (unreadable.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping);
            return problem(HttpStatus.BAD_REQUEST, "WrongType", field, "格式错误：" + field + " has the wrong type");
        }
        return problem(HttpStatus.BAD_REQUEST, "MalformedJson", null, "请求内容不是有效的 JSON：the body is not valid JSON");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException missing) {
        return problem(
                HttpStatus.NOT_FOUND, "UnknownId", "id", "未找到：" + missing.getAggregateIdentifier() + " is not known");
    }

    /** Two writers raced on one stream; the loser is told to reload and retry, nothing of it was stored. */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException conflict) {
        return problem(
                HttpStatus.CONFLICT,
                "ConcurrentChange",
                null,
                "该记录正被同时修改，请刷新后重试：another change to the same record was stored first");
    }

    private static String fieldPath(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
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
