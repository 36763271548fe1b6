package org.gongkai.command.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.gongkai.security.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A published report and a submitted quarter are frozen snapshots the front door computes from its tables and
 * checks for personal data (ADR 0009); a client must never supply its own numbers. So publication and submission
 * are accepted only with an assertion saying the front door wrote the body ({@code AUTHORED}); HTTP Basic straight
 * to this port, or a client's body the front door merely forwarded, is a 403. The path is canonical by now
 * ({@link org.gongkai.security.CanonicalPath}), so no other spelling reaches the controllers.
 */
final class SnapshotAuthorship extends OncePerRequestFilter {

    private static final Pattern SNAPSHOT_WRITE =
            Pattern.compile("/api/agencies/[^/]+/(reports/[^/]+/publication|statistics/[^/]+/[^/]+/submission)/?");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod())
                && SNAPSHOT_WRITE.matcher(path).matches()
                && !Boolean.TRUE.equals(request.getAttribute(FrontDoorAssertionFilter.AUTHORED))) {
            Problems.write(
                    response,
                    403,
                    "SnapshotFromFrontDoorOnly",
                    "snapshot",
                    "只能通过前台发布或报送：a report or quarterly snapshot is computed by the query service; "
                            + "publish and submit through it");
            return;
        }
        chain.doFilter(request, response);
    }
}
