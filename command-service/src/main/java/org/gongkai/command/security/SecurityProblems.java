package org.gongkai.command.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The problem answers of sign-in and scope (RFC 9457), written before any controller is reached. */
final class SecurityProblems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SecurityProblems() {}

    static void write(HttpServletResponse response, int status, String rule, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://gongkai.org/problems/" + rule);
        problem.put("title", rule);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("rule", rule);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }

    static void unauthenticated(HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"gongkai\", charset=\"UTF-8\"");
        write(response, 401, "SignInRequired", detail);
    }
}
