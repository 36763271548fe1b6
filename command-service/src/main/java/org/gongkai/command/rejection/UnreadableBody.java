package org.gongkai.command.rejection;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.events.InputLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Names the field and the rule of a body that could not be read: the answer a client can act on. */
final class UnreadableBody {

    private static final Set<Class<?>> WHOLE_NUMBERS =
            Set.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class, BigInteger.class);

    private UnreadableBody() {}

    static ProblemDetail problem(HttpMessageNotReadableException unreadable) {
        Throwable cause = unreadable.getCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping);
            if (mapping.getCause() instanceof InputCoercionException) {
                // a whole number beyond int or long: beyond every count limit as well (ADR 0017)
                return ProblemAnswers.problem(
                        HttpStatus.BAD_REQUEST,
                        InputLimits.Rule.COUNT_OUT_OF_RANGE.ruleName(),
                        field,
                        "数量超出范围：" + field + " is out of range");
            }
            if (cause instanceof StrictJson.OutOfRange) {
                return ProblemAnswers.problem(
                        HttpStatus.BAD_REQUEST, "NumberOutOfRange", field, "数值超出范围：" + field + " is out of range");
            }
            if (cause instanceof InvalidFormatException format && isFractionForWholeNumber(format)) {
                return ProblemAnswers.problem(
                        HttpStatus.BAD_REQUEST,
                        InputLimits.Rule.NOT_A_WHOLE_NUMBER.ruleName(),
                        field,
                        "须为整数：" + field + " " + shown(format.getValue()) + " is not a whole number");
            }
            if (cause instanceof InvalidFormatException format && format.getTargetType() != null) {
                if (format.getTargetType().isEnum()) {
                    String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
                    return ProblemAnswers.problem(
                            HttpStatus.BAD_REQUEST,
                            "UnknownCode",
                            field,
                            "未知代码：" + field + " '" + shown(format.getValue()) + "' is not one of " + allowed);
                }
                return ProblemAnswers.problem(
                        HttpStatus.BAD_REQUEST,
                        "WrongType",
                        field,
                        "格式错误：" + field + " '" + shown(format.getValue()) + "' is not a valid "
                                + format.getTargetType().getSimpleName());
            }
            return ProblemAnswers.problem(
                    HttpStatus.BAD_REQUEST, "WrongType", field, "格式错误：" + field + " has the wrong type");
        }
        if (cause instanceof InputCoercionException) {
            return ProblemAnswers.problem(
                    HttpStatus.BAD_REQUEST, "NumberOutOfRange", null, "数值超出范围：a number in the body is out of range");
        }
        if (cause instanceof StreamConstraintsException) {
            return ProblemAnswers.problem(
                    HttpStatus.BAD_REQUEST,
                    "MalformedJson",
                    null,
                    "请求内容超出 JSON 限制：the body nests too deep or holds a number or text too long to read");
        }
        return ProblemAnswers.problem(
                HttpStatus.BAD_REQUEST, "MalformedJson", null, "请求内容不是有效的 JSON：the body is not valid JSON");
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

    /** The offending value as the client sent it, cut short: a problem never echoes a whole huge value. */
    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static String fieldPath(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
