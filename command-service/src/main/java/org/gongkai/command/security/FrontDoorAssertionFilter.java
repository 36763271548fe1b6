package org.gongkai.command.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in the user the front door vouches for. An assertion that does not verify (wrong secret, expired, forged)
 * is a 401, never a fall-back to anonymous.
 */
final class FrontDoorAssertionFilter extends OncePerRequestFilter {

    private final FrontDoorAssertion assertions;
    private final Clock clock;

    /** {@code assertions} is null when no internal secret is configured: then no assertion is ever accepted. */
    FrontDoorAssertionFilter(FrontDoorAssertion assertions, Clock clock) {
        this.assertions = assertions;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(FrontDoorAssertion.HEADER);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<FrontDoorAssertion.Verified> verified =
                assertions == null ? Optional.empty() : assertions.verify(header, clock.instant());
        if (verified.isEmpty()) {
            SecurityProblems.unauthenticated(response, "转发凭证无效：the front door's assertion does not verify");
            return;
        }
        SecurityContextHolder.getContext()
                .setAuthentication(verified.get().user().authentication());
        request.setAttribute(RequestOrigin.CLIENT_ADDRESS, verified.get().clientAddress());
        chain.doFilter(request, response);
    }
}
