package org.gongkai.command.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.security.Problems;

/** A refusal of the batch as a whole, or of one item before it reaches its endpoint, as an RFC 9457 problem. */
final class BatchRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String rule;
    private final String field;

    BatchRefusal(int status, String rule, String field, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.rule = rule;
        this.field = field;
    }

    int status() {
        return status;
    }

    Map<String, Object> problem(String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.type(rule).toString());
        problem.put("title", rule);
        problem.put("status", status);
        problem.put("detail", getMessage());
        problem.put("instance", instance);
        problem.put("rule", rule);
        if (field != null) {
            problem.put("field", field);
        }
        return problem;
    }
}
