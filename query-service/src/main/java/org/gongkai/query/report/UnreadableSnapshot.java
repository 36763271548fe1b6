package org.gongkai.query.report;

import org.gongkai.security.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A stored snapshot that is not the JSON the front door writes. Since ADR 0019 only the front door authors
 * snapshots, but events recorded before may hold anything a client sent: such a version is answered with a 422
 * problem, and the pages around it keep working.
 */
final class UnreadableSnapshot {

    private UnreadableSnapshot() {}

    static ErrorResponseException answer(Throwable cause) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "无法读取该版本：this version's snapshot was not written by the front door and cannot be shown");
        problem.setTitle("UnreadableSnapshot");
        problem.setType(Problems.type("UnreadableSnapshot"));
        problem.setProperty("rule", "UnreadableSnapshot");
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, problem, cause);
    }
}
