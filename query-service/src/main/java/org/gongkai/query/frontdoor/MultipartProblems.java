package org.gongkai.query.frontdoor;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;

/**
 * A body labelled {@code multipart/form-data} that is not one fails before any controller is chosen (a 500 by
 * default). It is the client's mistake, answered as a problem naming the rule (ADR 0021).
 */
@RestControllerAdvice
class MultipartProblems {

    @ExceptionHandler(MultipartException.class)
    ProblemDetail malformed(MultipartException malformed) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "请求内容无法解析：the body is not the multipart form its content type says");
        problem.setType(URI.create("urn:gongkai:problem:MalformedMultipart"));
        problem.setTitle("MalformedMultipart");
        problem.setProperty("rule", "MalformedMultipart");
        return problem;
    }
}
