package org.gongkai.query.frontdoor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.util.Timeout;
import org.gongkai.security.PrincipalAssertion;
import org.gongkai.security.Problems;
import org.gongkai.security.SignInRefusal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Forwards every write under {@code /api/**} (any method but GET, HEAD and OPTIONS) to the command service when
 * {@code gongkai.command-service.url} is set, so one port serves reads and writes. The query side's own
 * operator endpoints under {@code /api/admin/projections}, {@code /api/admin/quarantine} and
 * {@code /api/admin/year-end} are not forwarded, nor
 * report publication and quarterly statistics submission, which the query service handles itself (ADR 0009).
 * The register import's reads under {@code /api/imports/} (template, progress) are forwarded too (ADR 0024).
 * When the command side runs in this JVM ({@link InProcessCommandSide}, the standalone stack) the same signed
 * request is handed to it without a socket (ADR 0041).
 */
@Component
@ConditionalOnProperty("gongkai.command-service.url")
class WriteForwardingFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** The client's credentials are not passed on: the front door signed the user in and vouches for them. */
    private static final List<String> REQUEST_HEADERS =
            List.of("Content-Type", "Accept", "Accept-Language", "Idempotency-Key");

    private static final List<String> RESPONSE_HEADERS =
            List.of("Content-Type", "Location", "ETag", "WWW-Authenticate", "Gongkai-Position", "Content-Disposition");

    private static final Pattern PUBLICATION = Pattern.compile("/api/agencies/[^/]+/reports/[^/]+/publication/?");
    /** The register import (ADR 0024) lives on the command side, its template and progress reads too. */
    private static final String IMPORT_READS = "/api/imports/";

    private static final Pattern IMPORT = Pattern.compile("/api/agencies/[^/]+/imports/?");
    /** A register of 20,000 rows takes minutes to record; other writes keep the connection's 60 s. */
    private static final RequestConfig IMPORT_TIMEOUT =
            RequestConfig.custom().setResponseTimeout(Timeout.ofMinutes(30)).build();

    private static final Pattern SUBMISSION =
            Pattern.compile("/api/agencies/[^/]+/statistics/[^/]+/[^/]+/submission/?");

    private final CommandServices targets;
    private final CloseableHttpClient client;
    private final FrontDoorIdentity identity;
    private final AccountWritesSettle accountWrites;
    /** Null unless the command side runs in this JVM. */
    private final InProcessCommandSide inProcess;

    WriteForwardingFilter(
            @Value("${gongkai.command-service.url}") String target,
            FrontDoorIdentity identity,
            CommandServiceConnections connections,
            AccountWritesSettle accountWrites,
            ObjectProvider<InProcessCommandSide> inProcess) {
        this.identity = identity;
        this.accountWrites = accountWrites;
        this.targets = CommandServices.of(target);
        this.client = connections.client();
        this.inProcess = inProcess.getIfAvailable();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return (READS.contains(request.getMethod()) && !path.startsWith(IMPORT_READS))
                || !path.startsWith("/api/")
                || path.startsWith("/api/admin/projections")
                || path.startsWith("/api/admin/year-end")
                || path.startsWith("/api/admin/quarantine")
                || PUBLICATION.matcher(path).matches()
                || SUBMISSION.matcher(path).matches()
                || path.equals("/api/report-checks"); // answered here, nothing recorded
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        byte[] body = request.getInputStream().readAllBytes(); // bounded: BoundedBody read it first
        if (inProcess != null) {
            handInProcess(request, response, query, body);
            return;
        }
        ByteArrayEntity entity = new ByteArrayEntity(body, null);
        IOException last = null;
        for (URI target : targets.inOrder()) {
            URI uri;
            try {
                uri = URI.create(target + request.getRequestURI() + query);
            } catch (IllegalArgumentException e) {
                // Tomcat lets through characters that java.net.URI refuses (a raw quote, say): the client's mistake
                unusablePath(response);
                return;
            }
            BasicClassicHttpRequest forward = new BasicClassicHttpRequest(request.getMethod(), uri);
            forward.setEntity(entity);
            for (String header : REQUEST_HEADERS) {
                String value = request.getHeader(header);
                if (value != null) {
                    forward.setHeader(header, value);
                }
            }
            // signed for this command service's request: the assertion is bound to method, path and body
            identity.signerFor(request, PrincipalAssertion.Purpose.FORWARDED)
                    .headers(request.getMethod(), uri.getRawPath(), uri.getRawQuery(), body)
                    .forEach(forward::setHeader);
            HttpClientContext context = HttpClientContext.create();
            // an import or a batch of up to 1,000 commands may take longer than one write
            if (IMPORT.matcher(request.getRequestURI()).matches()
                    || request.getRequestURI().equals("/api/batch")) {
                context.setRequestConfig(IMPORT_TIMEOUT);
            }
            try {
                client.execute(forward, context, answer -> {
                    if (answer.getCode() / 100 == 2 && AccountWritesSettle.changesAnAccount(request.getRequestURI())) {
                        Header position = answer.getFirstHeader("Gongkai-Position");
                        accountWrites.await(position == null ? null : position.getValue());
                    }
                    response.setStatus(answer.getCode());
                    for (String header : RESPONSE_HEADERS) {
                        Header value = answer.getFirstHeader(header);
                        if (value != null && passed(header, request)) {
                            response.setHeader(header, value.getValue());
                        }
                    }
                    if (answer.getEntity() != null) {
                        answer.getEntity().writeTo(response.getOutputStream());
                    }
                    return null;
                });
                return;
            } catch (IOException e) {
                last = e;
                if (response.isCommitted()) {
                    throw e;
                }
                if (!CommandServices.notReached(e)) {
                    break; // it may have been recorded: the client decides whether to retry with the same id
                }
            }
        }
        response.reset();
        unavailable(response, last != null && !CommandServices.notReached(last));
    }

    /** The request the HTTP path would send, with the same checks of the path and the same signature. */
    private void handInProcess(HttpServletRequest request, HttpServletResponse response, String query, byte[] body)
            throws IOException {
        URI uri;
        try {
            uri = URI.create("http://127.0.0.1" + request.getRequestURI() + query);
        } catch (IllegalArgumentException e) {
            unusablePath(response);
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header : REQUEST_HEADERS) {
            String value = request.getHeader(header);
            if (value != null) {
                headers.put(header, value);
            }
        }
        headers.putAll(identity.signerFor(request, PrincipalAssertion.Purpose.FORWARDED)
                .headers(request.getMethod(), uri.getRawPath(), uri.getRawQuery(), body));
        Optional<InProcessCommandSide.Answer> answer;
        try {
            answer = inProcess.exchange(request.getMethod(), uri.getRawPath(), uri.getRawQuery(), headers, body);
        } catch (IOException e) {
            response.reset();
            unavailable(response, true);
            return;
        }
        if (answer.isEmpty()) {
            unavailable(response, false);
            return;
        }
        if (answer.get().status() / 100 == 2 && AccountWritesSettle.changesAnAccount(request.getRequestURI())) {
            accountWrites.await(answer.get().headers().get("Gongkai-Position"));
        }
        response.setStatus(answer.get().status());
        for (String header : RESPONSE_HEADERS) {
            String value = answer.get().headers().get(header);
            if (value != null && passed(header, request)) {
                response.setHeader(header, value);
            }
        }
        response.getOutputStream().write(answer.get().body());
    }

    /** The command side's Basic challenge is not passed to a page's script (SignInRefusal.fromPageScript). */
    private static boolean passed(String header, HttpServletRequest request) {
        return !"WWW-Authenticate".equals(header) || !SignInRefusal.fromPageScript(request);
    }

    private static void unusablePath(HttpServletResponse response) throws IOException {
        Problems.write(
                response,
                HttpStatus.BAD_REQUEST.value(),
                "MalformedPath",
                "请求路径无效：the path or query holds characters that must be percent-encoded");
    }

    private static void unavailable(HttpServletResponse response, boolean mayHaveBeenRecorded) throws IOException {
        Problems.write(
                response,
                HttpStatus.SERVICE_UNAVAILABLE.value(),
                "CommandServiceUnavailable",
                mayHaveBeenRecorded
                        ? "The command service did not answer; the write may have been recorded: send it again with"
                                + " the same id."
                        : "The write could not reach the command service; nothing was recorded by this request.");
    }
}
