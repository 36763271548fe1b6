package org.gongkai.query.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.events.report.ReportEvent;
import org.gongkai.events.report.ReportPublished;

/**
 * Stands in for the command service's publication endpoint: keeps the versions per report like the aggregate
 * does (amendments need a reason), answers 201 {version}, and hands the event to the test, which feeds it to the
 * query side as the real outbox would. Every other write is answered 418, so a forwarded write shows.
 */
final class FakeCommandService {

    private static final Pattern PATH = Pattern.compile("/api/agencies/([^/]+)/reports/(\\d+)/publication");

    final List<String> requests = new CopyOnWriteArrayList<>();
    private final ObjectMapper mapper = new ObjectMapper();
    private final List<ReportPublished> published = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private volatile Consumer<ReportPublished> sink = event -> {};

    FakeCommandService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.add(exchange.getRequestMethod() + " " + path);
            Matcher matcher = PATH.matcher(path);
            int status;
            String answer;
            if (matcher.matches()) {
                JsonNode json = mapper.readTree(body);
                String agencyId = matcher.group(1);
                int year = Integer.parseInt(matcher.group(2));
                String reason =
                        json.path("reason").isTextual() ? json.path("reason").asText() : null;
                long before = published.stream()
                        .filter(p -> p.agencyId().equals(agencyId) && p.year() == year)
                        .count();
                if (before > 0 && reason == null) {
                    status = 400;
                    answer = "{\"status\":400,\"field\":\"reason\",\"rule\":\"AmendmentNeedsReason\"}";
                } else {
                    ReportPublished event = new ReportPublished(
                            ReportEvent.reportId(agencyId, year),
                            agencyId,
                            year,
                            (int) before + 1,
                            reason,
                            json.path("snapshot").asText(),
                            LocalDate.of(year + 1, 1, 20));
                    published.add(event);
                    sink.accept(event);
                    status = 201;
                    answer = "{\"version\":" + event.version() + "}";
                }
            } else {
                status = 418;
                answer = "{}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders()
                    .add("Content-Type", status == 201 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void onPublished(Consumer<ReportPublished> sink) {
        this.sink = sink;
    }

    /** The versions published for one agency, in order. */
    List<ReportPublished> published(String agencyId) {
        return published.stream().filter(p -> p.agencyId().equals(agencyId)).toList();
    }
}
