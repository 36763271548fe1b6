package org.gongkai.command.rejection;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gongkai.events.InputLimits;
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

    private static final Set<Class<?>> WHOLE_NUMBERS =
            Set.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class, BigInteger.class);

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
            if (isFractionForWholeNumber(format)) {
                return notAWholeNumber(field, format.getValue());
            }
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
            if (mapping.getCause() instanceof InputCoercionException) {
                // a whole number beyond int or long: beyond every count limit as well
                return problem(
                        HttpStatus.BAD_REQUEST,
                        InputLimits.Rule.COUNT_OUT_OF_RANGE.ruleName(),
                        field,
                        "数量超出范围：" + field + " is out of range");
            }
            return problem(HttpStatus.BAD_REQUEST, "WrongType", field, "格式错误：" + field + " has the wrong type");
        }
        return problem(HttpStatus.BAD_REQUEST, "MalformedJson", null, "请求内容不是有效的 JSON：the body is not valid JSON");
    }

    /** A count of {@code 1.9} is refused, never rounded: Jackson's float-to-int coercion is off (ADR 0017). */
    private static boolean isFractionForWholeNumber(InvalidFormatException format) {
        Class<?> target = format.getTargetType();
        return target != null
                && WHOLE_NUMBERS.contains(target)
                && (format.getValue() instanceof Double
                        || format.getValue() instanceof Float
                        || format.getValue() instanceof BigDecimal);
    }

    private static ProblemDetail notAWholeNumber(String field, Object value) {
        return problem(
                HttpStatus.BAD_REQUEST,
                InputLimits.Rule.NOT_A_WHOLE_NUMBER.ruleName(),
                field,
                "须为整数：" + field + " " + value + " is not a whole number");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException missing) {
        return problem(
                HttpStatus.NOT_FOUND, "UnknownId", "id", "未找到：" + missing.getAggregateIdentifier() + " is not known");
    }

    /**
     * Applications, agencies, cases and documents share one id space in the event store: a command naming the id
     * of a record of another kind loads a stream its aggregate cannot read. Nothing was stored.
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
