package org.gongkai.command.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

    private final long maxBodyBytes;

    OriginFilter(@Value("${gongkai.http.max-body-bytes:1048576}") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = RequestOrigin.correlationIdOf(request.getHeader(RequestOrigin.CORRELATION_HEADER));
        request.setAttribute(RequestOrigin.CORRELATION_ID, correlationId);
        response.setHeader(RequestOrigin.CORRELATION_HEADER, correlationId);
        if (request.getContentLengthLong() > maxBodyBytes) {
            SecurityProblems.write(
                    response, 413, "BodyTooLarge", "请求内容过大：the body may have at most " + maxBodyBytes + " bytes");
            return;
        }
        chain.doFilter(request, response);
    }
}
