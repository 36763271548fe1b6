package org.gongkai.query.agency;

import org.gongkai.security.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A read parameter broke a rule; the problem names the field and the rule. */
public class InvalidParameter extends ErrorResponseException {

    public InvalidParameter(String field, String rule, Object value) {
        super(HttpStatus.BAD_REQUEST, problem(field, rule, value), null);
    }

    private static ProblemDetail problem(String field, String rule, Object value) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "'" + field + "' = '" + value + "' is invalid: " + rule + ".");
        problem.setTitle("Invalid parameter");
        problem.setType(Problems.type("InvalidParameter"));
        problem.setProperty("field", field);
        problem.setProperty("rule", rule);
        return problem;
    }
}
