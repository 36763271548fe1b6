package org.gongkai.query.webui;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Gives every problem the query service answers a {@code messageKey} ({@code problem.<rule>}, or
 * {@code problem.Http<status>} when Spring refused by itself) and {@code messageArgs}, so the web UI shows the
 * refusal in the reader's language from its own table (ADR 0047). The existing fields stay as they were: scripts
 * written against CONTRACT.md keep reading {@code rule}, {@code field} and {@code detail}.
 */
@ControllerAdvice
class ProblemMessageKeys implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            keyed(problem);
        }
        return body;
    }

    static void keyed(ProblemDetail problem) {
        Map<String, Object> properties = problem.getProperties() == null ? Map.of() : problem.getProperties();
        if (properties.containsKey("messageKey")) {
            return;
        }
        Object rule = properties.get("rule");
        // a rule is a name; a sentence in its place (an older refusal) would make a key no table holds
        boolean named = rule != null && rule.toString().matches("[A-Za-z][A-Za-z0-9_]*");
        problem.setProperty("messageKey", "problem." + (named ? rule : "Http" + problem.getStatus()));
        Map<String, Object> args = new LinkedHashMap<>();
        if (properties.get("field") != null) {
            args.put("field", properties.get("field"));
        }
        problem.setProperty("messageArgs", args);
    }
}
