package org.gongkai.query.letters;

import org.gongkai.security.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The case is unknown, or its facts call for no letter of this kind (no extension, no extension notice). */
class LetterNotCalledFor extends ErrorResponseException {

    LetterNotCalledFor(String rule, String field, String detail) {
        super(HttpStatus.NOT_FOUND, problem(rule, field, detail), null);
    }

    private static ProblemDetail problem(String rule, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle(rule);
        problem.setType(Problems.type(rule));
        problem.setProperty("rule", rule);
        problem.setProperty("field", field);
        return problem;
    }
}
