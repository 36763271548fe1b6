package org.gongkai.query.agency;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.security.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A read parameter broke a rule; the problem names the field and the rule, and for the web UI a message key with
 * its arguments (the UI's translation table holds the words in Chinese and English, ADR 0047).
 */
public class InvalidParameter extends ErrorResponseException {

    public InvalidParameter(String field, String rule, Object value) {
        this(field, rule, value, "problem.InvalidParameter", Map.of());
    }

    /** A refusal the UI words by its own key, e.g. {@code problem.QuarterNotBegun} with the last quarter begun. */
    public InvalidParameter(String field, String rule, Object value, String messageKey, Map<String, Object> args) {
        super(HttpStatus.BAD_REQUEST, problem(field, rule, value, messageKey, args), null);
    }

    private static ProblemDetail problem(
            String field, String rule, Object value, String messageKey, Map<String, Object> args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "'" + field + "' = '" + value + "' is invalid: " + rule + ".");
        problem.setTitle("Invalid parameter");
        problem.setType(Problems.type("InvalidParameter"));
        problem.setProperty("field", field);
        problem.setProperty("rule", rule);
        Map<String, Object> messageArgs = new LinkedHashMap<>();
        messageArgs.put("field", field);
        messageArgs.put("value", String.valueOf(value));
        messageArgs.put("rule", rule);
        messageArgs.putAll(args);
        problem.setProperty("messageKey", messageKey);
        problem.setProperty("messageArgs", messageArgs);
        return problem;
    }
}
