package org.gongkai.query.reportcheck;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The upload is not a report this service can read; the problem names the part and what was expected. */
class UnreadableUpload extends ErrorResponseException {

    UnreadableUpload(String field, String rule) {
        super(HttpStatus.BAD_REQUEST, problem(field, rule), null);
    }

    private static ProblemDetail problem(String field, String rule) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "'" + field + "' " + rule + ".");
        problem.setTitle("Unreadable report");
        problem.setType(org.gongkai.security.Problems.type(rule));
        problem.setProperty("field", field);
        problem.setProperty("rule", rule);
        return problem;
    }
}
