package org.gongkai.query.forwarding;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.query.security.FrontDoorIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Forwards every write under {@code /api/**} (any method but GET, HEAD and OPTIONS) to the command service when
 * {@code gongkai.command-service.url} is set, so one port serves reads and writes. The query side's own
 * operator endpoints under {@code /api/admin/projections} and {@code /api/admin/year-end} are not forwarded, nor
 * report publication and quarterly statistics submission, which the query service handles itself (ADR 0009).
 */
@Component
@ConditionalOnProperty("gongkai.command-service.url")
class WriteForwardingFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** The client's credentials are not passed on: the front door signed the user in and vouches for them. */
    private static final List<String> REQUEST_HEADERS = List.of("Content-Type", "Accept", "Accept-Language",
            "Idempotency-Key");
    private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "Location", "ETag",
            "WWW-Authenticate");

    private static final Pattern PUBLICATION = Pattern.compile("/api/agencies/[^/]+/reports/[^/]+/publication/?");
    private static final Pattern SUBMISSION = Pattern.compile("/api/agencies/[^/]+/statistics/[^/]+/[^/]+/submission/?");

    private final URI target;
    private final FrontDoorIdentity identity;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WriteForwardingFilter(@Value("${gongkai.command-service.url}") String target, FrontDoorIdentity identity) {
        this.identity = identity;
        this.target = URI.create(target.endsWith("/") ? target.substring(0, target.length() - 1) : target);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return READS.contains(request.getMethod()) || !path.startsWith("/api/")
                || path.startsWith("/api/admin/projections") || path.startsWith("/api/admin/year-end")
                || PUBLICATION.matcher(path).matches() || SUBMISSION.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(target + request.getRequestURI() + query))
                .timeout(Duration.ofSeconds(60))
                .method(request.getMethod(), HttpRequest.BodyPublishers.ofByteArray(request.getInputStream().readAllBytes()));
        for (String header : REQUEST_HEADERS) {
            String value = request.getHeader(header);
            if (value != null) {
                forward.header(header, value);
            }
        }
        identity.headersFor(request).forEach(forward::header);
        try {
            HttpResponse<byte[]> answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.setStatus(answer.statusCode());
            for (String header : RESPONSE_HEADERS) {
                answer.headers().firstValue(header).ifPresent(value -> response.setHeader(header, value));
            }
            response.getOutputStream().write(answer.body());
        } catch (IOException e) {
            unavailable(response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unavailable(response);
        }
    }

    private static void unavailable(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"urn:gongkai:problem:command-service-unavailable\","
                + "\"title\":\"Command service unavailable\",\"status\":503,"
                + "\"detail\":\"The write could not reach the command service; nothing was recorded by this request.\"}");
    }
}
