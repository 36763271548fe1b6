package org.gongkai.query.forwarding;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.util.Timeout;
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
    private static final List<String> REQUEST_HEADERS =
            List.of("Content-Type", "Accept", "Accept-Language", "Idempotency-Key");

    private static final List<String> RESPONSE_HEADERS =
            List.of("Content-Type", "Location", "ETag", "WWW-Authenticate");

    private static final Pattern PUBLICATION = Pattern.compile("/api/agencies/[^/]+/reports/[^/]+/publication/?");
    private static final Pattern SUBMISSION =
            Pattern.compile("/api/agencies/[^/]+/statistics/[^/]+/[^/]+/submission/?");

    private final URI target;
    // A blocking client on the request's own thread over pooled keep-alive HTTP/1.1 connections: forwarding with
    // java.net.http (selector and executor threads per exchange) cost more CPU than the command itself (ADR 0014)
    private final CloseableHttpClient client = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(200)
                    .setMaxConnPerRoute(200)
                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.ofSeconds(5))
                            .setSocketTimeout(Timeout.ofSeconds(60))
                            .build())
                    .build())
            .disableRedirectHandling()
            .disableCookieManagement()
            .disableAuthCaching()
            .disableContentCompression()
            .disableAutomaticRetries()
            .build();
    private final FrontDoorIdentity identity;

    WriteForwardingFilter(@Value("${gongkai.command-service.url}") String target, FrontDoorIdentity identity) {
        this.identity = identity;
        this.target = URI.create(target.endsWith("/") ? target.substring(0, target.length() - 1) : target);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return READS.contains(request.getMethod())
                || !path.startsWith("/api/")
                || path.startsWith("/api/admin/projections")
                || path.startsWith("/api/admin/year-end")
                || PUBLICATION.matcher(path).matches()
                || SUBMISSION.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        URI uri;
        try {
            uri = URI.create(target + request.getRequestURI() + query);
        } catch (IllegalArgumentException e) {
            // Tomcat lets through characters that java.net.URI refuses (a raw quote, say): the client's mistake
            unusablePath(response);
            return;
        }
        BasicClassicHttpRequest forward = new BasicClassicHttpRequest(request.getMethod(), uri);
        forward.setEntity(new ByteArrayEntity(request.getInputStream().readAllBytes(), null));
        for (String header : REQUEST_HEADERS) {
            String value = request.getHeader(header);
            if (value != null) {
                forward.setHeader(header, value);
            }
        }
        identity.headersFor(request).forEach(forward::setHeader);
        try {
            client.execute(forward, answer -> {
                response.setStatus(answer.getCode());
                for (String header : RESPONSE_HEADERS) {
                    Header value = answer.getFirstHeader(header);
                    if (value != null) {
                        response.setHeader(header, value.getValue());
                    }
                }
                if (answer.getEntity() != null) {
                    answer.getEntity().writeTo(response.getOutputStream());
                }
                return null;
            });
        } catch (IOException e) {
            if (response.isCommitted()) {
                throw e;
            }
            response.reset();
            unavailable(response);
        }
    }

    @Override
    public void destroy() {
        try {
            client.close();
        } catch (IOException e) {
            // shutting down: nothing left to do with it
        }
    }

    private static void unusablePath(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"https://gongkai.org/problems/MalformedPath\",\"title\":\"MalformedPath\","
                        + "\"status\":400,\"rule\":\"MalformedPath\","
                        + "\"detail\":\"请求路径无效：the path or query holds characters that must be percent-encoded\"}");
    }

    private static void unavailable(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType("application/problem+json");
        response.getWriter()
                .write(
                        "{\"type\":\"urn:gongkai:problem:command-service-unavailable\","
                                + "\"title\":\"Command service unavailable\",\"status\":503,"
                                + "\"detail\":\"The write could not reach the command service; nothing was recorded by this request.\"}");
    }
}
