package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/batch} through the front door of a whole stack: a clerk's mixed batch answered per command in
 * order, the read side showing every accepted fact and nothing of the refused ones, a retried batch answered like
 * the first, NDJSON, and the limit of 1,000 commands in a body far above the single writes' 64 KiB.
 */
class BatchStackIT extends SharedRunningStack {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String PASSWORD = "batch-password-1";

    @Test
    void appliesAClerksBatchCommandByCommandAndTheReadSideShowsEveryAcceptedFact() throws Exception {
        String own = frontDoor.register("托里县库普乡人民政府");
        String other = frontDoor.register("托里县铁厂沟镇人民政府");
        String clerk = "batch-clerk-" + UUID.randomUUID().toString().substring(0, 8);
        frontDoor.post("/api/users", Map.of("username", clerk, "password", PASSWORD, "role", "CLERK", "agencyId", own));
        List<Object> commands = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            commands.add(command("/api/applications", receipt(id, own)));
        }
        Map<String, Object> noChannel = receipt(UUID.randomUUID().toString(), own);
        noChannel.remove("channel");
        commands.add(5, command("/api/applications", noChannel));
        commands.add(10, command("/api/applications", receipt(UUID.randomUUID().toString(), other)));
        commands.add(15, command("/api/users", Map.of("username", "sneaky", "password", PASSWORD, "role", "ADMIN")));
        String body = JSON.writeValueAsString(commands);

        JsonNode first = batch(clerk, body, "application/json");
        JsonNode again = batch(clerk, body, "application/json");

        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            expected.add(i == 5 ? 400 : i == 10 ? 403 : i == 15 ? 400 : 201);
        }
        assertThat(statuses(first)).isEqualTo(expected);
        assertThat(statuses(again)).isEqualTo(expected);
        assertThat(first.path("results").get(5).path("problem").path("field").asText())
                .isEqualTo("channel");
        assertThat(first.path("results").get(10).path("problem").path("rule").asText())
                .isEqualTo("OwnAgencyOnly");
        assertThat(first.path("results").get(15).path("problem").path("field").asText())
                .isEqualTo("path");
        List<String> answeredIds = new ArrayList<>();
        first.path("results").forEach(result -> {
            if (result.path("status").asInt() == 201) {
                answeredIds.add(result.path("id").asText());
            }
        });
        assertThat(answeredIds).isEqualTo(ids);
        assertThat(again.path("results").get(22).path("id").asText()).isEqualTo(ids.get(19));
        // the read side, once it shows the batch's position, counts each accepted application once
        String position = again.path("position").asText();
        assertThat(received(own, position)).isEqualTo(20);
        assertThat(received(other, position)).isZero();
        for (String id : List.of(ids.get(0), ids.get(19))) {
            assertThat(frontDoor
                            .fetch("/api/applications/" + id + "?after=" + q(position))
                            .statusCode())
                    .isEqualTo(200);
        }
        assertThat(frontDoor.fetch("/api/users").body()).doesNotContain("sneaky");
    }

    @Test
    void takesNdjsonAndRefusesMoreThanAThousandCommandsWhole() throws Exception {
        String agency = frontDoor.register("托里县多拉特乡人民政府");
        String lines = JSON.writeValueAsString(
                        command("/api/applications", receipt(UUID.randomUUID().toString(), agency)))
                + "\n"
                + JSON.writeValueAsString(
                        command("/api/applications", receipt(UUID.randomUUID().toString(), agency)))
                + "\n";
        JsonNode ndjson = batch("admin", lines, "application/x-ndjson");
        assertThat(statuses(ndjson)).containsExactly(201, 201);

        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            many.add(command("/api/applications", receipt(UUID.randomUUID().toString(), agency)));
        }
        String body = JSON.writeValueAsString(many);
        assertThat(body.length()).isGreaterThan(64 * 1024);
        HttpResponse<String> tooMany = send("admin", body, "application/json");

        assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(413);
        assertThat(JSON.readTree(tooMany.body()).path("rule").asText()).isEqualTo("TooManyCommands");
        assertThat(received(agency, ndjson.path("position").asText())).isEqualTo(2);
    }

    private static JsonNode batch(String user, String body, String contentType) throws Exception {
        HttpResponse<String> answer = send(user, body, contentType);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static HttpResponse<String> send(String user, String body, String contentType) throws Exception {
        String password = user.equals("admin") ? stack.adminPassword().orElseThrow() : PASSWORD;
        return HTTP.send(
                HttpRequest.newBuilder(stack.url().resolve("/api/batch"))
                        .header("Authorization", SignInMatrixIT.basic(user, password))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<Integer> statuses(JsonNode answer) {
        List<Integer> statuses = new ArrayList<>();
        answer.path("results")
                .forEach(result -> statuses.add(result.path("status").asInt()));
        return statuses;
    }

    /** Applications received this year by the agency, read once the read side shows {@code position}. */
    private static int received(String agency, String position) throws Exception {
        HttpResponse<String> answer =
                frontDoor.fetch("/api/agencies/" + agency + "/reports/" + YEAR + "?after=" + q(position));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        for (JsonNode row : FrontDoor.json(answer.body()).path("applications").path("rows")) {
            if (row.path("code").asText().equals("RECEIVED")) {
                JsonNode counts = row.path("counts");
                return counts.get(counts.size() - 1).asInt();
            }
        }
        throw new AssertionError("no row RECEIVED in " + answer.body());
    }

    private static Map<String, Object> command(String path, Map<String, ?> body) {
        return Map.of("path", path, "body", body);
    }

    private static Map<String, Object> receipt(String id, String agency) {
        return new HashMap<>(Map.of(
                "applicationId",
                id,
                "agencyId",
                agency,
                "receivedOn",
                LocalDate.of(YEAR, 6, 1).toString(),
                "channel",
                "ONLINE",
                "applicantType",
                "NATURAL_PERSON"));
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
