package org.gongkai.query.publication;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.net.URI;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Publication and submission are writes the front door handles itself (ADR 0009), so their odd bodies are answered
 * here as the command service answers all others: a problem naming the rule (ADR 0021), never a 500. Not a
 * {@code ResponseEntityExceptionHandler}: one of those would switch off Spring Boot's problem details for the whole
 * query service.
 */
@RestControllerAdvice(basePackageClasses = WriteProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WriteProblems {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
        if (unreadable.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return answer(problem(HttpStatus.BAD_REQUEST, "WrongType", field, "格式错误：" + field + " has the wrong type"));
        }
        return answer(
                problem(HttpStatus.BAD_REQUEST, "MalformedJson", null, "请求内容不是有效的 JSON：the body is not valid JSON"));
    }

    /** A body Jackson could not bind at all (a field given twice, say): the body's fault, not ours. */
    @ExceptionHandler(HttpMessageConversionException.class)
    ResponseEntity<ProblemDetail> unbindable(HttpMessageConversionException unbindable) {
        return answer(problem(
                HttpStatus.BAD_REQUEST, "MalformedJson", null, "请求内容无法读取：the body cannot be read as this request"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupported(HttpMediaTypeNotSupportedException unsupported) {
        return answer(problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "UnsupportedContentType",
                null,
                "请求内容须为 JSON：send the body as Content-Type application/json"));
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String rule, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:gongkai:problem:" + rule));
        problem.setTitle(rule);
        problem.setProperty("rule", rule);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
