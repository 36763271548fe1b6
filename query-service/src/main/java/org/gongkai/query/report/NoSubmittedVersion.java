package org.gongkai.query.report;

import org.gongkai.security.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** {@code version=submitted|N} names a submitted version of quarterly statistics that does not exist (yet). */
public class NoSubmittedVersion extends ErrorResponseException {

    NoSubmittedVersion(String agencyId, int year, int quarter, String version) {
        super(HttpStatus.NOT_FOUND, problem(agencyId, year, quarter, version), null);
    }

    private static ProblemDetail problem(String agencyId, int year, int quarter, String version) {
        String statistics = "the statistics of " + agencyId + " for " + year + " Q" + quarter;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                "submitted".equals(version)
                        ? "尚未报送：" + statistics + " have not been submitted."
                        : "没有该版本：" + statistics + " have no submitted version " + version + ".");
        problem.setTitle("No submitted version");
        problem.setType(Problems.type("NoSubmittedVersion"));
        problem.setProperty("field", "version");
        problem.setProperty("rule", "NoSubmittedVersion");
        return problem;
    }
}
