package org.gongkai.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * The one shape of a refusal on either port (RFC 9457): {@code type} is {@code urn:gongkai:problem:<rule>} (ADR
 * 0019: a URN promises no web page we do not host), {@code title} and {@code rule} the rule's name, {@code field}
 * the offending field when there is one. Controllers' advice uses {@link #type}; filters, which run before any
 * controller, write the whole answer with {@link #write}.
 */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:gongkai:problem:";

    private Problems() {}

    public static URI type(String rule) {
        // a rule is a name (PascalCase or UPPER_SNAKE); anything else must still make a valid URI, never a 500
        return URI.create(TYPE_PREFIX + rule.replaceAll("[^A-Za-z0-9_.-]+", "-"));
    }

    public static void write(HttpServletResponse response, int status, String rule, String detail) throws IOException {
        write(response, status, rule, null, detail);
    }

    public static void write(HttpServletResponse response, int status, String rule, String field, String detail)
            throws IOException {
        StringBuilder json = new StringBuilder(256).append('{');
        member(json, "type", TYPE_PREFIX + rule).append(',');
        member(json, "title", rule).append(',');
        json.append("\"status\":").append(status).append(',');
        member(json, "detail", detail).append(',');
        member(json, "rule", rule);
        if (field != null) {
            member(json.append(','), "field", field);
        }
        json.append('}');
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.toString());
    }

    private static StringBuilder member(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
