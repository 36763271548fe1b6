package org.gongkai.query.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before sign-in: gives every request a correlation id ({@code X-Correlation-Id}, taken over when it is a
 * plain token, else new; echoed in the answer and forwarded with writes). Bodies are bounded by
 * {@link org.gongkai.security.BoundedBody} (see {@code SecurityConfiguration}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class OriginFilter extends OncePerRequestFilter {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    public static final String CORRELATION_ID = OriginFilter.class.getName() + ".correlationId";

    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(CORRELATION_HEADER);
        String correlationId = given != null && PLAIN_ID.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        request.setAttribute(CORRELATION_ID, correlationId);
        response.setHeader(CORRELATION_HEADER, correlationId);
        chain.doFilter(request, response);
    }
}
