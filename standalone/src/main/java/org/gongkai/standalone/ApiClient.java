package org.gongkai.standalone;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records facts through the public HTTP API, as registry staff's tools do: for the demo data and for tests that
 * replay a published report. Each application's facts form a script run in order; scripts run side by side.
 */
final class ApiClient {

    /** One write: the path and its JSON body. */
    record Step(String path, Map<String, Object> body) {

        static Step of(String path, Object... keyValues) {
            Map<String, Object> body = new LinkedHashMap<>();
            for (int i = 0; i < keyValues.length; i += 2) {
                Object value = keyValues[i + 1];
                body.put((String) keyValues[i], value instanceof LocalDate date ? date.toString() : value);
            }
            return new Step(path, body);
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String authorization;
    private final AtomicInteger facts = new AtomicInteger();

    /** Every request signs in as {@code username} with HTTP Basic. */
    ApiClient(String baseUrl, String username, String password) {
        this.baseUrl = baseUrl;
        this.authorization = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    int factsRecorded() {
        return facts.get();
    }

    /** Runs each script's steps in order, eight scripts at a time; fails on the first refused fact. */
    void runScripts(List<List<Step>> scripts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<Step> script : scripts) {
                done.add(pool.submit(() -> {
                    for (Step step : script) {
                        post(step.path(), step.body());
                    }
                    return null;
                }));
            }
            for (Future<?> script : done) {
                script.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    void post(String path, Map<String, ?> body) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        facts.incrementAndGet();
    }
}
