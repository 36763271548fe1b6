package org.gongkai.query.reportcheck;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The upload is not a report this service can read; the problem names the part and what was expected. */
class UnreadableUpload extends ErrorResponseException {

    static final String RULE = "UnreadableReport";

    UnreadableUpload(String field, String what) {
        super(HttpStatus.BAD_REQUEST, problem(field, what), null);
    }

    private static ProblemDetail problem(String field, String what) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "'" + field + "' " + what + ".");
        problem.setTitle("Unreadable report");
        problem.setType(org.gongkai.security.Problems.type(RULE));
        problem.setProperty("field", field);
        problem.setProperty("rule", RULE);
        return problem;
    }
}
