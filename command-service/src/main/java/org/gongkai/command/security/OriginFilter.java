package org.gongkai.command.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before sign-in: gives every request its correlation id (echoed in the answer) and refuses bodies above
 * {@code gongkai.http.max-body-bytes} with 413 before anything reads them. The command side's limit is larger than
 * the front door's because a publication carries the report snapshot computed by the query service.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OriginFilter extends OncePerRequestFilter {

    /** A register import (ADR 0024) is a whole spreadsheet: it has its own, larger limit. */
    private static final Pattern IMPORT = Pattern.compile("/api/agencies/[^/]+/imports/?");

    private final long maxBodyBytes;
    private final long maxImportBytes;

    OriginFilter(
            @Value("${gongkai.http.max-body-bytes:1048576}") long maxBodyBytes,
            @Value("${gongkai.http.max-import-bytes:33554432}") long maxImportBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxImportBytes = maxImportBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = RequestOrigin.correlationIdOf(request.getHeader(RequestOrigin.CORRELATION_HEADER));
        request.setAttribute(RequestOrigin.CORRELATION_ID, correlationId);
        response.setHeader(RequestOrigin.CORRELATION_HEADER, correlationId);
        long limit = IMPORT.matcher(request.getRequestURI()).matches() ? maxImportBytes : maxBodyBytes;
        if (request.getContentLengthLong() > limit) {
            SecurityProblems.write(
                    response, 413, "BodyTooLarge", "请求内容过大：the body may have at most " + limit + " bytes");
            return;
        }
        chain.doFilter(request, response);
    }
}
