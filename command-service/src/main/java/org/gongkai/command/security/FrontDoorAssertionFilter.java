package org.gongkai.command.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.gongkai.security.BoundedBody;
import org.gongkai.security.PrincipalAssertion;
import org.gongkai.security.SignInRefusal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in the user the front door vouches for, when its assertion was made for this very request (method, path,
 * body) and is used for the first time. One that does not verify (wrong secret, expired, replayed, made for
 * another request) is a 401, never a fall-back to anonymous.
 */
final class FrontDoorAssertionFilter extends OncePerRequestFilter {

    /** Set when the front door wrote the body itself: the only way a report snapshot is accepted. */
    static final String AUTHORED = FrontDoorAssertionFilter.class.getName() + ".authored";

    private final PrincipalAssertion assertions;

    /** {@code assertions} is null when no internal secret is configured: then no assertion is ever accepted. */
    FrontDoorAssertionFilter(PrincipalAssertion assertions) {
        this.assertions = assertions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(PrincipalAssertion.HEADER);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        PrincipalAssertion.Request made = PrincipalAssertion.Request.of(
                request.getMethod(), request.getRequestURI(), request.getQueryString(), BoundedBody.bodyOf(request));
        Optional<PrincipalAssertion.Verified> verified =
                assertions == null ? Optional.empty() : assertions.verify(header, made);
        if (verified.isEmpty()) {
            SignInRefusal.write(response, null, "转发凭证无效：the front door's assertion does not verify for this request");
            return;
        }
        SecurityContextHolder.getContext()
                .setAuthentication(verified.get().user().authentication());
        request.setAttribute(RequestOrigin.CLIENT_ADDRESS, verified.get().clientAddress());
        request.setAttribute(AUTHORED, verified.get().purpose() == PrincipalAssertion.Purpose.AUTHORED);
        chain.doFilter(request, response);
    }
}
