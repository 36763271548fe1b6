package org.gongkai.query.visibility;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The answers of a read that cannot wait for its position (RFC 9457, with field and rule). */
final class ReadProblems {

    private ReadProblems() {}

    static ErrorResponseException malformedPosition(String value) {
        return invalid(
                "after",
                "INVALID_POSITION",
                "'" + abbreviated(value) + "' is not a position; use the Gongkai-Position a write answered with.");
    }

    static ErrorResponseException invalidWait(String value) {
        return invalid(
                "wait", "INVALID_WAIT", "'" + abbreviated(value) + "' is not a whole number of seconds from 0 to 30.");
    }

    static ErrorResponseException notYetVisible(String position, int retryAfterSeconds) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The read side has not applied the write at position " + position
                        + " yet; nothing is wrong with the write. Retry, or wait longer with &wait= (up to 30 s).");
        problem.setTitle("Not yet visible");
        problem.setType(org.gongkai.security.Problems.type("NOT_YET_VISIBLE"));
        problem.setProperty("field", "after");
        problem.setProperty("rule", "NOT_YET_VISIBLE");
        ErrorResponseException answer = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
        answer.getHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
        return answer;
    }

    private static ErrorResponseException invalid(String field, String rule, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid parameter");
        problem.setType(org.gongkai.security.Problems.type(rule));
        problem.setProperty("field", field);
        problem.setProperty("rule", rule);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    private static String abbreviated(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }
}
