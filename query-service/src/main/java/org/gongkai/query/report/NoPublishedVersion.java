package org.gongkai.query.report;

import org.gongkai.security.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** {@code version=published|N} names a published version that does not exist (yet). */
public class NoPublishedVersion extends ErrorResponseException {

    public NoPublishedVersion(String agencyId, int year, String version) {
        super(HttpStatus.NOT_FOUND, problem(agencyId, year, version), null);
    }

    private static ProblemDetail problem(String agencyId, int year, String version) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                "published".equals(version)
                        ? "尚未发布：the report of " + agencyId + " for " + year + " has not been published."
                        : "没有该版本：the report of " + agencyId + " for " + year + " has no published version " + version
                                + ".");
        problem.setTitle("No published version");
        problem.setType(Problems.type("NoPublishedVersion"));
        problem.setProperty("field", "version");
        problem.setProperty("rule", "NoPublishedVersion");
        return problem;
    }
}
