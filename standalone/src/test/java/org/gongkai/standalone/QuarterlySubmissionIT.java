package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Quarterly statistics (季度统计报表) submitted to the supervising level through the front door, on the whole real
 * stack: the agency's own deadline, the worklist of agencies yet to submit, a frozen submitted version that a late
 * decision never changes but shows as a difference, and a correction with a reason.
 */
class QuarterlySubmissionIT extends SharedRunningStack {

    private static final String Q3 = "year=" + YEAR + "&quarter=3";

    @Test
    void freezesTheSubmittedQuarterShowsALateDecisionAsADifferenceAndCorrectsItWithAReason() throws Exception {
        String agency = frontDoor.register("托里县库普乡人民政府");
        frontDoor.post("/api/agencies/" + agency + "/quarterly-deadline", Map.of("dayOfMonth", 10));
        String application = "q-" + UUID.randomUUID();
        frontDoor.post(
                "/api/applications",
                Map.of(
                        "applicationId",
                        application,
                        "agencyId",
                        agency,
                        "receivedOn",
                        YEAR + "-08-11",
                        "channel",
                        "ONLINE",
                        "applicantType",
                        "NATURAL_PERSON"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(total(frontDoor.get(statistics(agency, "")), "RECEIVED")).isEqualTo(1);
            assertThat(worklist()).anySatisfy(entry -> {
                assertThat(entry.path("agencyId").asText()).isEqualTo(agency);
                assertThat(entry.path("deadline").asText()).isEqualTo(YEAR + "-10-10");
                assertThat(entry.path("overdue").asBoolean()).isTrue();
            });
        });

        HttpResponse<String> first = frontDoor.send(submission(agency), Map.of());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(FrontDoor.json(first.body()).path("version").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(frontDoor
                                .fetch(statistics(agency, "&version=submitted"))
                                .statusCode())
                        .isEqualTo(200));
        String frozen = frontDoor.fetch(statistics(agency, "&version=1")).body();
        assertThat(worklist())
                .noneSatisfy(
                        entry -> assertThat(entry.path("agencyId").asText()).isEqualTo(agency));

        String beforeDecision =
                java.time.OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).toString();
        frontDoor.post(
                "/api/applications/" + application + "/decision",
                Map.of("outcome", "DISCLOSED", "decidedOn", YEAR + "-09-05"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode live = frontDoor.get(statistics(agency, ""));
            assertThat(total(live, "DISCLOSED")).isEqualTo(1);
            assertThat(live.path("publication").path("latestVersion").asInt()).isEqualTo(1);
            assertThat(live.path("publication").path("changedSincePublication").asBoolean())
                    .isTrue();
            assertThat(live.path("publication").path("differences").toString())
                    .contains(
                            "{\"table\":\"三\",\"row\":\"DISCLOSED\",\"column\":\"TOTAL\",\"published\":\"0\",\"live\":\"1\"}");
        });
        JsonNode submitted = frontDoor.get(statistics(agency, "&version=submitted"));
        assertThat(frontDoor.fetch(statistics(agency, "&version=1")).body()).isEqualTo(frozen);
        assertThat(total(submitted, "DISCLOSED")).isZero();
        assertThat(total(submitted, "CARRIED_FORWARD")).isEqualTo(1);
        String csv = frontDoor
                .fetch("/api/agencies/" + agency + "/statistics.csv?" + Q3 + "&version=1")
                .body();
        assertThat(csv).contains("托里县库普乡人民政府");
        String asOf = "&asOf=" + java.net.URLEncoder.encode(beforeDecision, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(total(frontDoor.get(statistics(agency, asOf)), "DISCLOSED")).isZero();
        assertThat(frontDoor
                        .fetch("/api/agencies/" + agency + "/statistics.csv?" + Q3 + asOf)
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> withoutReason = frontDoor.send(submission(agency), Map.of());
        HttpResponse<String> corrected = frontDoor.send(submission(agency), Map.of("reason", "补录一件9月的答复"));
        assertThat(withoutReason.statusCode()).isEqualTo(400);
        assertThat(FrontDoor.json(withoutReason.body()).path("field").asText()).isEqualTo("reason");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        assertThat(FrontDoor.json(corrected.body()).path("version").asInt()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode live = frontDoor.get(statistics(agency, ""));
            assertThat(live.path("publication").path("latestVersion").asInt()).isEqualTo(2);
            assertThat(live.path("publication").path("publishedBy").asText()).isEqualTo("admin");
            assertThat(live.path("publication").path("changedSincePublication").asBoolean())
                    .isFalse();
            assertThat(live.path("checks").toString())
                    .contains("SUBMITTED_BY_DEADLINE")
                    .contains("逾期");
        });
        JsonNode versions = frontDoor.get("/api/agencies/" + agency + "/statistics/" + YEAR + "/3/submissions");
        assertThat(versions.findValuesAsText("version")).containsExactly("1", "2");
        assertThat(versions.get(0).path("reason").isNull()).isTrue();
        assertThat(versions.get(1).path("reason").asText()).isEqualTo("补录一件9月的答复");
        assertThat(versions.findValuesAsText("submittedBy")).containsOnly("admin");
    }

    @Test
    void refusesToSubmitAQuarterThatHasNotEndedAndADeadlineDayNotInEveryMonth() throws Exception {
        String agency = frontDoor.register("托里县财政局");
        LocalDate today = LocalDate.now(org.gongkai.events.calendar.BusinessClock.china());
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        String versions = "/api/agencies/" + agency + "/statistics/" + today.getYear() + "/" + quarter + "/submissions";
        await().atMost(Duration.ofSeconds(30)).until(() -> frontDoor.status(versions) == 200);

        HttpResponse<String> running = frontDoor.send(
                "/api/agencies/" + agency + "/statistics/" + today.getYear() + "/" + quarter + "/submission", Map.of());
        HttpResponse<String> day31 =
                frontDoor.send("/api/agencies/" + agency + "/quarterly-deadline", Map.of("dayOfMonth", 31));

        assertThat(running.statusCode()).as(running.body()).isEqualTo(409);
        assertThat(FrontDoor.json(running.body()).path("field").asText()).isEqualTo("quarter");
        assertThat(day31.statusCode()).as(day31.body()).isEqualTo(400);
        assertThat(FrontDoor.json(day31.body()).path("field").asText()).isEqualTo("dayOfMonth");
        assertThat(frontDoor.fetch(versions).body()).isEqualTo("[]");
    }

    private static String statistics(String agency, String more) {
        return "/api/agencies/" + agency + "/statistics?" + Q3 + more;
    }

    private static String submission(String agency) {
        return "/api/agencies/" + agency + "/statistics/" + YEAR + "/3/submission";
    }

    private static List<JsonNode> worklist() throws Exception {
        List<JsonNode> entries = new java.util.ArrayList<>();
        frontDoor.get("/api/statistics/worklist?" + Q3).forEach(entries::add);
        return entries;
    }

    private static int total(JsonNode statistics, String code) {
        for (JsonNode row : statistics.path("applications").path("rows")) {
            if (row.path("code").asText().equals(code)) {
                return row.path("counts").get(6).asInt();
            }
        }
        throw new AssertionError("no row " + code + " in " + statistics);
    }
}
