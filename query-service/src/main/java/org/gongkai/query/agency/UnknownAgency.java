package org.gongkai.query.agency;

import org.gongkai.security.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A read named an agency that was never registered. */
public class UnknownAgency extends ErrorResponseException {

    public UnknownAgency(String agencyId) {
        super(HttpStatus.NOT_FOUND, problem(agencyId), null);
    }

    private static ProblemDetail problem(String agencyId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "No agency with id '" + agencyId + "' is registered.");
        problem.setTitle("Unknown agency");
        problem.setType(Problems.type("UnknownAgency"));
        problem.setProperty("field", "agencyId");
        problem.setProperty("rule", "UnknownAgency");
        return problem;
    }
}
