package org.gongkai.web;

import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.security.BoundedBody;
import org.gongkai.security.CanonicalPath;
import org.gongkai.security.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * What every request meets first, at both services alike: one spelling of each path, a bounded body, and a problem
 * answer for a path the firewall refuses. Each service sets its own body limit ({@code gongkai.http.max-body-bytes}:
 * the command side's is larger, a publication carries the report snapshot); the default is the front door's.
 */
@Configuration(proxyBeanMethods = false)
public class RequestEdge {

    /** A register import is a whole spreadsheet: it has its own, larger limit. */
    static final Pattern IMPORTS = Pattern.compile("/api/agencies/[^/]+/imports/?");

    /** A batch of up to 1,000 single writes (branch batch, ADR 0039): its own limit, sized for 1,000 commands. */
    static final Pattern BATCH = Pattern.compile("/api/batch");

    /** First of all: one spelling of each path, so no access rule, forwarding rule or route can be walked around. */
    @Bean
    FilterRegistrationBean<CanonicalPath> canonicalPath() {
        FilterRegistrationBean<CanonicalPath> registration = new FilterRegistrationBean<>(new CanonicalPath());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BoundedBody> boundedBody(
            @Value("${gongkai.http.max-body-bytes:65536}") long maxBytes,
            @Value("${gongkai.http.max-import-bytes:33554432}") long maxImportBytes,
            @Value("${gongkai.http.max-batch-bytes:4194304}") long maxBatchBytes) {
        FilterRegistrationBean<BoundedBody> registration = new FilterRegistrationBean<>(
                new BoundedBody(maxBytes, Map.of(IMPORTS, maxImportBytes, BATCH, maxBatchBytes)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** A path the firewall refuses (an encoded ';', '%', '\\', …) is a problem answer like any other refusal. */
    @Bean
    RequestRejectedHandler rejectedPaths() {
        return (request, response, rejected) -> Problems.write(
                response, 400, "MalformedPath", "路径格式错误：the request path contains characters that are not allowed");
    }
}
