package org.gongkai.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
 * Counts every problem answer of the API as {@code gongkai.refusals} by rule and status: the rule is what a
 * client or an operator acts on (a rise in {@code DateBeforeReceipt} is a form or an import that needs fixing, one in
 * {@code INVALID_POSITION} a client of the read API). Imported by {@link SharedWeb}.
 */
@ControllerAdvice
class RefusalMetrics implements ResponseBodyAdvice<Object> {

    private final MeterRegistry registry;

    RefusalMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

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
        if (body instanceof ProblemDetail problem && problem.getStatus() >= 400 && problem.getStatus() < 500) {
            Map<String, Object> properties = problem.getProperties();
            Object rule = properties == null ? null : properties.get("rule");
            Counter.builder("gongkai.refusals")
                    .description("Writes and reads answered with a problem, by rule and status")
                    .tag("rule", rule == null ? "none" : rule.toString())
                    .tag("status", String.valueOf(problem.getStatus()))
                    .register(registry)
                    .increment();
        }
        return body;
    }
}
