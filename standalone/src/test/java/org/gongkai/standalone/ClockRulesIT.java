package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The clock rules of ADR 0030 over the whole stack, through the front door: a late supplement request (条例 Art.
 * 30), the fee wait (国办函〔2020〕109号) and 延迟答复 (Art. 35) — the due dates the command side answers and the
 * read side shows, value-checked against dates counted by hand on 国办发明电〔2024〕12号, and the supervision
 * counts. Business dates are fixed in 2025, so they stay in the past whatever day the test runs.
 */
class ClockRulesIT extends SharedRunningStack {

    private static final Duration READ_SIDE = Duration.ofSeconds(30);
    private static final String PERIOD = "from=2025-01-01&to=2025-12-31";

    @Test
    void flagsASupplementAskedAfterTheSevenWorkingDaysOnTheCaseAndInSupervision() throws Exception {
        String agency = frontDoor.register("托里县自然资源局");
        // Fri 12 Sep 2025 received: 15–19 Sep = 1–5, 22–23 Sep = 6–7; asked on Wed 24 Sep, one day late.
        String application = receive(agency, "2025-09-12");
        frontDoor.post(
                "/api/applications/" + application + "/supplement-request",
                Map.of("requestedOn", "2025-09-24", "dueOn", "2025-10-20"));

        await().atMost(READ_SIDE).untilAsserted(() -> {
            JsonNode detail = frontDoor.get("/api/applications/" + application);
            assertThat(detail.path("supplementRequestedLate").asBoolean()).isTrue();
            assertThat(detail.path("dueOnExplanation").path("lines").findValuesAsText("kind"))
                    .contains("SUPPLEMENT_REQUEST_LATE");
            assertThat(detail.path("dueOnExplanation").path("text").asText()).contains("第7个工作日（2025年9月23日）");
        });
        JsonNode row = supervisionRow(agency);
        assertThat(row.path("lateSupplementRequests").asLong()).isEqualTo(1);
        assertThat(row.path("deferredAnswers").asLong()).isZero();
    }

    @Test
    void leavesTheFeeWaitOutOfTheAnswerPeriod() throws Exception {
        String agency = frontDoor.register("托里县财政局");
        // Mon 1 Sep 2025 received: 2–5 Sep = 1–4, 8–26 Sep = 5–19, Sun 28 Sep (调休) = 20.
        String application = receive(agency, "2025-09-01");
        frontDoor.post(
                "/api/applications/" + application + "/fee-notice",
                Map.of("issuedOn", "2025-09-15", "amountYuan", "100.00", "scheme", "PER_APPLICATION"));
        await().atMost(READ_SIDE).untilAsserted(() -> {
            JsonNode detail = frontDoor.get("/api/applications/" + application);
            assertThat(detail.path("dueOnExplanation").path("clock").asText()).isEqualTo("AWAITING_PAYMENT");
            assertThat(detail.path("dueOn").isNull()).isTrue();
        });

        frontDoor.post("/api/applications/" + application + "/fee-payment", Map.of("paidOn", "2025-09-17"));

        // Notice Mon 15 through payment Wed 17 Sep: 3 working days. Working day 23: 29–30 Sep = 21–22,
        // 1–8 Oct off, Thu 9 Oct = 23.
        await().atMost(READ_SIDE).untilAsserted(() -> {
            JsonNode detail = frontDoor.get("/api/applications/" + application);
            assertThat(detail.path("dueOn").asText()).isEqualTo("2025-10-09");
            assertThat(detail.path("dueOnExplanation").path("dueOn").asText()).isEqualTo("2025-10-09");
            assertThat(detail.path("dueOnExplanation").path("lines").findValuesAsText("kind"))
                    .containsSubsequence("PAYMENT_AWAITED", "PAYMENT_COUNTED", "DUE");
        });
    }

    @Test
    void recordsADeferredAnswerOnceValidatedAndScoped() throws Exception {
        String agency = frontDoor.register("托里县住房和城乡建设局");
        String other = frontDoor.register("托里县交通运输局");
        String application = receive(agency, "2025-09-01"); // due Sun 28 Sep 2025, see above
        String path = "/api/applications/" + application + "/deferral";
        Map<String, Object> body = Map.of("deferredOn", "2025-09-19", "dueOn", "2025-10-31", "reason", "申请数量明显超过合理范围");

        HttpResponse<String> first = frontDoor.send(path, body);
        HttpResponse<String> retry = frontDoor.send(path, body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(FrontDoor.json(first.body()).path("dueOn").asText()).isEqualTo("2025-10-31");
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertProblem(
                frontDoor.send(path, Map.of("deferredOn", "2025-09-22", "dueOn", "2025-10-31", "reason", "再次延迟")),
                400,
                "InvalidValue",
                "dueOn");
        assertProblem(
                frontDoor.send(
                        path, Map.of("deferredOn", "2025-09-22", "dueOn", "2025-11-28", "reason", "x".repeat(2001))),
                400,
                "TextTooLong",
                "reason");
        assertProblem(frontDoor.send(path, Map.of("deferredOn", "2025-09-22", "reason", "没有期限")), 400, null, "dueOn");
        assertProblem(
                frontDoor.send(
                        "/api/applications/" + application + "/extension",
                        Map.of("extendedOn", "2025-09-22", "workingDays", 5, "reason", "需调取档案")),
                409,
                "AnswerAlreadyDeferred",
                null);
        HttpResponse<String> outsideScope =
                asClerkOf(other, path, Map.of("deferredOn", "2025-09-22", "dueOn", "2025-11-28", "reason", "越权"));
        assertProblem(outsideScope, 403, "OwnAgencyOnly", null);

        await().atMost(READ_SIDE).untilAsserted(() -> {
            JsonNode detail = frontDoor.get("/api/applications/" + application);
            assertThat(detail.path("dueOn").asText()).isEqualTo("2025-10-31");
            assertThat(detail.path("facts").findValuesAsText("type"))
                    .containsExactly("ApplicationReceived", "AnswerDeferred");
            assertThat(detail.path("dueOnExplanation").path("text").asText())
                    .contains("第三十五条决定延迟答复，答复期限由2025年9月28日改为2025年10月31日");
        });
        JsonNode row = supervisionRow(agency);
        assertThat(row.path("deferredAnswers").asLong()).isEqualTo(1);
        assertThat(row.path("lateSupplementRequests").asLong()).isZero();
    }

    private static String receive(String agency, String receivedOn) throws Exception {
        String id = "clock-" + UUID.randomUUID();
        frontDoor.post(
                "/api/applications",
                Map.of(
                        "applicationId",
                        id,
                        "agencyId",
                        agency,
                        "receivedOn",
                        receivedOn,
                        "channel",
                        "ONLINE",
                        "applicantType",
                        "NATURAL_PERSON"));
        return id;
    }

    private static JsonNode supervisionRow(String agency) throws Exception {
        JsonNode[] found = new JsonNode[1];
        await().atMost(READ_SIDE).untilAsserted(() -> {
            JsonNode table = frontDoor.get("/api/agencies/" + agency + "/supervision?" + PERIOD);
            JsonNode row = table.path("rows").get(0);
            assertThat(row.path("agencyId").asText()).isEqualTo(agency);
            assertThat(row.path("lateSupplementRequests").asLong()
                            + row.path("deferredAnswers").asLong())
                    .isPositive();
            found[0] = row;
        });
        return found[0];
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String rule, String field)
            throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        JsonNode problem = FrontDoor.json(answer.body());
        if (rule != null) {
            assertThat(problem.path("rule").asText()).as(answer.body()).isEqualTo(rule);
        }
        if (field != null) {
            assertThat(answer.body()).contains("\"" + field + "\"");
        }
    }

    /** A clerk of {@code agency}, registered once, sends the POST; sign-in waits for the user to be known. */
    private static HttpResponse<String> asClerkOf(String agency, String path, Map<String, ?> body) throws Exception {
        String username = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Clock-rules-9417";
        frontDoor.post(
                "/api/users", Map.of("username", username, "password", password, "role", "CLERK", "agencyId", agency));
        String auth = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url() + path))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body)))
                .build();
        @SuppressWarnings("unchecked")
        HttpResponse<String>[] answer = new HttpResponse[1];
        await().atMost(READ_SIDE).untilAsserted(() -> {
            answer[0] = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(answer[0].statusCode()).isNotEqualTo(401);
        });
        return answer[0];
    }
}
