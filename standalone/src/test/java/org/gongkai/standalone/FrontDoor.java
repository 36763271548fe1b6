package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The fault tests' client of the stack's one port: writes, report rows and plain status codes. */
final class FrontDoor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final GongkaiStack stack;

    FrontDoor(GongkaiStack stack) {
        this.stack = stack;
    }

    private HttpRequest.Builder signedIn(URI uri) {
        return HttpRequest.newBuilder(uri)
                .header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString(("admin:"
                                                        + stack.adminPassword().orElseThrow())
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    String register(String name) throws Exception {
        String id = "agency-" + UUID.randomUUID();
        post("/api/agencies", Map.of("agencyId", id, "name", name));
        return id;
    }

    /** Registers an agency and waits until the read side lists it, as a screen showing it would. */
    String registerAndAwaitListed(String name, java.time.Duration within) throws Exception {
        String id = register(name);
        org.awaitility.Awaitility.await()
                .atMost(within)
                .until(() -> get("/api/agencies").findValuesAsText("agencyId").contains(id));
        return id;
    }

    void post(String path, Map<String, ?> body) throws Exception {
        HttpResponse<String> answer = send(path, body);
        assertThat(answer.statusCode()).as("POST %s: %s", path, answer.body()).isBetween(200, 299);
    }

    /** A POST whose answer the test looks at itself (a rejection, say). */
    HttpResponse<String> send(String path, Map<String, ?> body) throws IOException, InterruptedException {
        return http.send(
                signedIn(URI.create(stack.url() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A PUT (a narrative draft) whose answer the test looks at itself. */
    HttpResponse<String> put(String path, Map<String, ?> body) throws IOException, InterruptedException {
        return http.send(
                signedIn(URI.create(stack.url() + path))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET answered with any status; the body as text. */
    HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        return http.send(signedIn(URI.create(stack.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with one extra request header, answered with any status. */
    HttpResponse<String> fetch(String path, String header, String value) throws IOException, InterruptedException {
        return http.send(
                signedIn(URI.create(stack.url() + path)).header(header, value).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET, signed in as the administrator, to another server than the front door (a second instance). */
    HttpResponse<String> fetchFrom(URI server, String path) throws IOException, InterruptedException {
        return http.send(signedIn(server.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    int status(String path) throws IOException, InterruptedException {
        return http.send(signedIn(URI.create(stack.url() + path)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer =
                http.send(signedIn(URI.create(stack.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** One row of table 三 of the agency's annual report: the six applicant columns and the total. */
    List<Integer> row(String agency, int year, String code) throws IOException, InterruptedException {
        JsonNode report = get("/api/agencies/" + agency + "/reports/" + year);
        for (JsonNode row : report.path("applications").path("rows")) {
            if (row.path("code").asText().equals(code)) {
                List<Integer> counts = new ArrayList<>();
                row.path("counts").forEach(n -> counts.add(n.asInt()));
                return counts;
            }
        }
        throw new AssertionError("no row " + code + " in " + report);
    }

    /** The TOTAL column of a row. */
    int total(String agency, int year, String code) throws IOException, InterruptedException {
        List<Integer> row = row(agency, year, code);
        return row.get(row.size() - 1);
    }
}
