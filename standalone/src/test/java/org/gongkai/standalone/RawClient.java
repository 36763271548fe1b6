package org.gongkai.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * An HTTP client that sends what a careless or hostile client would: any method, an already encoded path, any or
 * no content type, any bytes, with or without a length (chunked). It signs in as the administrator, so every
 * answer is about the input, never about scope.
 */
final class RawClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;
    private final String authorization;

    RawClient(URI base, String password) {
        this.base = URI.create(base.toString().replaceAll("/$", ""));
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    URI base() {
        return base;
    }

    /** One answer: its status, content type and body, and the problem's rule and field when it is a problem. */
    record Answer(int status, String contentType, String body) {

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        JsonNode json() {
            try {
                return body == null || body.isEmpty() ? JSON.missingNode() : JSON.readTree(body);
            } catch (IOException e) {
                return JSON.missingNode();
            }
        }

        String rule() {
            return isProblem() ? json().path("rule").asText(null) : null;
        }

        String field() {
            return isProblem() ? json().path("field").asText(null) : null;
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 400 ? body.substring(0, 400) + "…" : body;
            return status + " " + contentType + " " + shown;
        }
    }

    Answer send(String method, String path, String contentType, byte[] body, boolean chunked)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : chunked
                        ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Accept", "application/json, application/problem+json")
                .method(method, publisher);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(
                answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null), answer.body());
    }

    Answer postJson(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8), false);
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null, false);
    }
}
