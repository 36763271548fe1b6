package org.gongkai.query.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error message that can be stored and shown to administrators without echoing the event's values: PostgreSQL
 * and Jackson quote the offending value ({@code invalid input syntax for type date: "…"}), and a value may be
 * anything a clerk typed. Kept: the first line of the message (PostgreSQL's Detail and Where lines follow it and
 * repeat keys and values), the names of columns, relations, constraints and types, and a decoding error's path of
 * field names. Taken out: every other quoted text, and any run of six or more digits (phone and ID numbers).
 */
final class SafeMessage {

    static final int MAX_LENGTH = 1000;

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
    private static final Pattern NAME_BEFORE =
            Pattern.compile("(?:column|relation|constraint|table|type|index|field|schema|encoding)\\s*$");
    private static final Pattern IDENTIFIER = Pattern.compile("\"[A-Za-z_][A-Za-z0-9_]{0,62}\"");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{6,}");

    private SafeMessage() {}

    static String of(Throwable error) {
        String message;
        if (error instanceof JsonProcessingException json) {
            message = json.getOriginalMessage();
            if (json instanceof JsonMappingException mapping
                    && !mapping.getPath().isEmpty()) {
                message = message + " (at " + ProjectionFailure.path(mapping) + ")";
            }
        } else {
            message = error.getMessage();
        }
        if (message == null || message.isBlank()) {
            return error instanceof SQLException
                    ? "(no message)"
                    : error.getClass().getSimpleName();
        }
        return redact(message);
    }

    static String redact(String message) {
        String line = message.lines().findFirst().orElse("").strip();
        Matcher quoted = QUOTED.matcher(line);
        StringBuilder out = new StringBuilder();
        while (quoted.find()) {
            String before = line.substring(0, quoted.start());
            boolean name = NAME_BEFORE.matcher(before).find()
                    && IDENTIFIER.matcher(quoted.group()).matches();
            quoted.appendReplacement(out, Matcher.quoteReplacement(name ? quoted.group() : "\"…\""));
        }
        quoted.appendTail(out);
        String safe = DIGIT_RUN.matcher(out).replaceAll("#").replaceAll("\\p{Cntrl}", " ");
        return safe.length() <= MAX_LENGTH ? safe : safe.substring(0, MAX_LENGTH - 1) + "…";
    }
}
