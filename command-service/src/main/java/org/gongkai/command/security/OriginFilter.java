package org.gongkai.command.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before sign-in: gives every request its correlation id (echoed in the answer). Bodies are bounded by
 * {@link org.gongkai.security.BoundedBody} (see {@code SecurityConfiguration}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OriginFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = RequestOrigin.correlationIdOf(request.getHeader(RequestOrigin.CORRELATION_HEADER));
        request.setAttribute(RequestOrigin.CORRELATION_ID, correlationId);
        response.setHeader(RequestOrigin.CORRELATION_HEADER, correlationId);
        chain.doFilter(request, response);
    }
}
