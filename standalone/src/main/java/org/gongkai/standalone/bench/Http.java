package org.gongkai.standalone.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The benchmark's client of the front door: plain HTTP/1.1 with pooled keep-alive connections. Its threads (a
 * fixed pool named {@code bench-http-} and the client's selector) are counted as load, not as the stack's CPU
 * ({@link CpuCost}).
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final URI base;
    private final String authorization;

    /** Signs every request in as {@code admin} (HTTP Basic), as the acceptance checks do. */
    Http(URI base, String adminPassword) {
        Set<Long> before = threadIds();
        AtomicInteger count = new AtomicInteger();
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4, r -> {
                    Thread thread = new Thread(r, "bench-http-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
        // the selector thread the client started for itself
        Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t.getId()) && t.getName().endsWith("SelectorManager"))
                .forEach(t -> CpuCost.countAsLoad(t.getId()));
        this.base = base;
        this.authorization = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString(("admin:" + adminPassword).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A request to {@code path} with the credentials. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", authorization);
    }

    private static Set<Long> threadIds() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getId).collect(Collectors.toSet());
    }

    HttpClient client() {
        return client;
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    /** POSTs {@code body} as JSON; fails unless the answer is 2xx. */
    JsonNode post(String path, Object body) {
        HttpResponse<String> answer = send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)))
                .build());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return read(answer.body());
    }

    HttpResponse<String> get(String path) {
        return send(request(path).header("Accept", "application/json").GET().build());
    }

    JsonNode getJson(String path) {
        HttpResponse<String> answer = get(path);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return read(answer.body());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(String body) {
        try {
            return body == null || body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
