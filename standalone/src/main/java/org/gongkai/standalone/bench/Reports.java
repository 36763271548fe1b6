package org.gongkai.standalone.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Sequential report reads after a warm-up: one agency's annual report, and the roll-up over a whole subtree. */
final class Reports {

    record Result(double p50Ms, double p99Ms, int requests) {}

    private Reports() {}

    static Result measure(Http http, String path, int warmUp, int requests) {
        Latencies latencies = new Latencies();
        for (int i = 0; i < warmUp + requests; i++) {
            long sent = System.nanoTime();
            HttpResponse<String> answer = http.get(path);
            long answered = System.nanoTime();
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(
                        "GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            if (i >= warmUp) {
                latencies.add(answered - sent);
            }
        }
        return new Result(latencies.percentileMs(50), latencies.percentileMs(99), requests);
    }

    /** The cold reads: the very first one, and the measured ones after the warm-up. */
    record Cold(double firstMs, Result measured) {}

    /**
     * The first read of a report after a change to it: {@code warmUp + requests} times, an application of
     * {@code agency} is logged, the benchmark waits until the read side shows it (a read of the application itself
     * with the write's position, {@code ?after=}, ADR 0023, which does not touch the report), and then the report is
     * read once and timed. As for the warm figure, the first {@code warmUp} are not counted, and the p99 is taken of
     * {@code requests} reads (of 50, it would be the single slowest). The very first read is kept apart as
     * {@code firstMs}.
     */
    static Cold cold(Http http, String agency, int year, int warmUp, int requests) {
        Latencies latencies = new Latencies();
        double first = -1;
        String path = "/api/agencies/" + agency + "/reports/" + year;
        for (int i = 0; i < warmUp + requests; i++) {
            HttpResponse<String> written = http.send(http.request("/api/applications")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Applications.receipt(agency, year)))
                    .build());
            if (written.statusCode() != 201) {
                throw new IllegalStateException(
                        "POST /api/applications answered " + written.statusCode() + ": " + written.body());
            }
            JsonNode body = Http.read(written.body());
            String position = written.headers()
                    .firstValue("Gongkai-Position")
                    .orElseGet(() -> body.path("position").asText());
            HttpResponse<String> shown =
                    http.get("/api/applications/" + body.path("applicationId").asText() + "?wait=30&after="
                            + URLEncoder.encode(position, StandardCharsets.UTF_8));
            if (shown.statusCode() != 200) {
                throw new IllegalStateException(
                        "the written application was not shown: " + shown.statusCode() + ": " + shown.body());
            }
            long sent = System.nanoTime();
            HttpResponse<String> answer = http.get(path);
            long answered = System.nanoTime();
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(
                        "GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            if (i == 0) {
                first = Math.round((answered - sent) / 10_000.0) / 100.0;
            }
            if (i >= warmUp) {
                latencies.add(answered - sent);
            }
        }
        return new Cold(first, new Result(latencies.percentileMs(50), latencies.percentileMs(99), requests));
    }
}
