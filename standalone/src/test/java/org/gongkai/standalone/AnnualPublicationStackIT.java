package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Annual publication and amendment on the whole stack (issue 21 item 4): the real Report aggregate in the command
 * service decides, the query service freezes the snapshot. What is checked is what was published: the frozen
 * numbers of tables 三 and 四, {@code publishedOn} (the business date in Shanghai on which the publication was
 * recorded), a late fact shown as a difference and never changing the frozen version, the amendment with its
 * reason, and the years that cannot be published.
 */
class AnnualPublicationStackIT extends SharedRunningStack {

    @Test
    void publishesFrozenNumbersOnTheDayItIsRecordedAndAmendsThemWithAReason() throws Exception {
        String agency = frontDoor.register("托里县库普乡人民政府");
        String report = "/api/agencies/" + agency + "/reports/" + YEAR;
        // three applications: 自然人 a1 (disclosed), 自然人 a2 (open at year end), 商业企业 a3 (open at year end)
        receive(agency, agency + "-a1", YEAR + "-03-02", "NATURAL_PERSON");
        receive(agency, agency + "-a2", YEAR + "-11-16", "NATURAL_PERSON");
        receive(agency, agency + "-a3", YEAR + "-12-01", "COMMERCIAL_ENTERPRISE");
        frontDoor.post(
                "/api/applications/" + agency + "-a1/decision",
                Map.of("outcome", "DISCLOSED", "decidedOn", YEAR + "-03-20"));
        // one reconsideration upheld, one still pending at year end
        String upheld = created("/api/reconsiderations", Map.of("agencyId", agency, "filedOn", YEAR + "-05-06"));
        frontDoor.post(
                "/api/reconsiderations/" + upheld + "/conclusion",
                Map.of("result", "UPHELD", "concludedOn", YEAR + "-07-01"));
        created("/api/reconsiderations", Map.of("agencyId", agency, "filedOn", YEAR + "-10-09"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(row(frontDoor.get(report), "RECEIVED")).containsExactly(2, 1, 0, 0, 0, 0, 3));

        LocalDate before = LocalDate.now(org.gongkai.events.calendar.BusinessClock.china());
        HttpResponse<String> first = frontDoor.send(report + "/publication", Map.of());
        LocalDate after = LocalDate.now(org.gongkai.events.calendar.BusinessClock.china());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(FrontDoor.json(first.body()).path("version").asInt()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                frontDoor.fetch(report + "?version=published").statusCode())
                        .isEqualTo(200));
        JsonNode published = frontDoor.get(report + "?version=1");
        String frozen = frontDoor.fetch(report + "?version=1").body();
        assertFirstYearNumbers(published);
        JsonNode live = frontDoor.get(report);
        assertThat(live.path("publication").path("latestVersion").asInt()).isEqualTo(1);
        LocalDate publishedOn =
                LocalDate.parse(live.path("publication").path("publishedOn").asText());
        assertThat(publishedOn).isBetween(before, after);
        assertThat(live.path("publication").path("changedSincePublication").asBoolean())
                .isFalse();
        JsonNode versions = frontDoor.get(report + "/publications");
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).path("version").asInt()).isEqualTo(1);
        assertThat(versions.get(0).path("publishedOn").asText()).isEqualTo(publishedOn.toString());
        assertThat(versions.get(0).path("reason").isNull()).isTrue();
        assertThat(versions.get(0).path("publishedBy").asText()).isEqualTo("admin");
        // the deadline check is judged on publishedOn: 31 January for a government department (Art. 49)
        assertThat(check(live, "PUBLISHED_BY_DEADLINE").path("message").asText())
                .contains("已于" + publishedOn + "发布");

        // a late decision for last year: the live report moves, the published version does not
        frontDoor.post(
                "/api/applications/" + agency + "-a2/decision",
                Map.of("outcome", "WITHHELD_STATE_SECRET", "decidedOn", YEAR + "-12-18"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode moved = frontDoor.get(report);
            assertThat(moved.path("publication").path("changedSincePublication").asBoolean())
                    .isTrue();
            assertThat(moved.path("publication").path("differences").toString())
                    .contains(
                            "{\"table\":\"三\",\"row\":\"WITHHELD_STATE_SECRET\",\"column\":\"NATURAL_PERSON\",\"published\":\"0\",\"live\":\"1\"}")
                    .contains(
                            "{\"table\":\"三\",\"row\":\"CARRIED_FORWARD\",\"column\":\"TOTAL\",\"published\":\"2\",\"live\":\"1\"}");
        });
        assertThat(frontDoor.fetch(report + "?version=1").body()).isEqualTo(frozen);

        HttpResponse<String> withoutReason = frontDoor.send(report + "/publication", Map.of());
        assertThat(withoutReason.statusCode()).as(withoutReason.body()).isEqualTo(400);
        assertThat(FrontDoor.json(withoutReason.body()).path("field").asText()).isEqualTo("reason");
        assertThat(FrontDoor.json(withoutReason.body()).path("rule").asText()).isEqualTo("AmendmentNeedsReason");

        LocalDate beforeAmendment = LocalDate.now(org.gongkai.events.calendar.BusinessClock.china());
        HttpResponse<String> amended = frontDoor.send(report + "/publication", Map.of("reason", "补录一件12月的答复"));
        LocalDate afterAmendment = LocalDate.now(org.gongkai.events.calendar.BusinessClock.china());
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(201);
        assertThat(FrontDoor.json(amended.body()).path("version").asInt()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(frontDoor.fetch(report + "?version=2").statusCode())
                                .isEqualTo(200));

        JsonNode second = frontDoor.get(report + "?version=2");
        assertThat(row(second, "RECEIVED")).containsExactly(2, 1, 0, 0, 0, 0, 3);
        assertThat(row(second, "DISCLOSED")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(row(second, "WITHHELD_STATE_SECRET")).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(row(second, "TOTAL_HANDLED")).containsExactly(2, 0, 0, 0, 0, 0, 2);
        assertThat(row(second, "CARRIED_FORWARD")).containsExactly(0, 1, 0, 0, 0, 0, 1);
        assertThat(frontDoor.get(report + "?version=published")).isEqualTo(second);
        assertThat(frontDoor.fetch(report + "?version=1").body()).isEqualTo(frozen);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode now = frontDoor.get(report);
            assertThat(now.path("publication").path("latestVersion").asInt()).isEqualTo(2);
            assertThat(now.path("publication").path("changedSincePublication").asBoolean())
                    .isFalse();
            assertThat(LocalDate.parse(
                            now.path("publication").path("publishedOn").asText()))
                    .isBetween(beforeAmendment, afterAmendment);
        });
        JsonNode both = frontDoor.get(report + "/publications");
        assertThat(both.findValuesAsText("version")).containsExactly("1", "2");
        assertThat(both.get(1).path("reason").asText()).isEqualTo("补录一件12月的答复");
        assertThat(LocalDate.parse(both.get(1).path("publishedOn").asText()))
                .isBetween(beforeAmendment, afterAmendment);
        // the first publication's date stays with it
        assertThat(both.get(0).path("publishedOn").asText()).isEqualTo(publishedOn.toString());

        // sending the same amendment again is a retry, not a third version
        HttpResponse<String> retried = frontDoor.send(report + "/publication", Map.of("reason", "补录一件12月的答复"));
        assertThat(FrontDoor.json(retried.body()).path("version").asInt())
                .as(retried.body())
                .isEqualTo(2);
    }

    @Test
    void refusesToPublishTheRunningYearAndAYearBeforeTheRevisedRegulation() throws Exception {
        String agency = frontDoor.register("托里县财政局");
        int running =
                LocalDate.now(org.gongkai.events.calendar.BusinessClock.china()).getYear();
        // the query side freezes the snapshot, so it must know the agency before it can forward a publication
        await().atMost(Duration.ofSeconds(30))
                .until(() -> frontDoor.status("/api/agencies/" + agency + "/reports/" + running) == 200);

        HttpResponse<String> open =
                frontDoor.send("/api/agencies/" + agency + "/reports/" + running + "/publication", Map.of());
        HttpResponse<String> tooEarly =
                frontDoor.send("/api/agencies/" + agency + "/reports/2018/publication", Map.of());

        assertThat(open.statusCode()).as(open.body()).isEqualTo(409);
        assertThat(FrontDoor.json(open.body()).path("rule").asText()).isEqualTo("ReportYearNotClosed");
        assertThat(tooEarly.statusCode()).as(tooEarly.body()).isEqualTo(400);
        // refused by the query side before any snapshot is frozen: a year the report formats do not cover
        assertThat(FrontDoor.json(tooEarly.body()).path("field").asText()).isEqualTo("year");
        assertThat(frontDoor.get("/api/agencies/" + agency + "/reports/" + running + "/publications"))
                .isEmpty();
    }

    private static void assertFirstYearNumbers(JsonNode published) {
        assertThat(published.path("year").asInt()).isEqualTo(YEAR);
        assertThat(codes(published)).containsExactlyElementsOf(NationalLayout.ROWS);
        for (String code : NationalLayout.ROWS) {
            List<Integer> expected = switch (code) {
                case "RECEIVED" -> List.of(2, 1, 0, 0, 0, 0, 3);
                case "DISCLOSED", "TOTAL_HANDLED" -> List.of(1, 0, 0, 0, 0, 0, 1);
                case "CARRIED_FORWARD" -> List.of(1, 1, 0, 0, 0, 0, 2);
                default -> List.of(0, 0, 0, 0, 0, 0, 0);
            };
            assertThat(row(published, code)).as(code).containsExactlyElementsOf(expected);
        }
        JsonNode reconsideration = published.path("reviews").path("RECONSIDERATION");
        assertThat(List.of(
                        reconsideration.path("UPHELD").asInt(),
                        reconsideration.path("CORRECTED").asInt(),
                        reconsideration.path("OTHER").asInt(),
                        reconsideration.path("PENDING").asInt(),
                        reconsideration.path("TOTAL").asInt()))
                .containsExactly(1, 0, 0, 1, 2);
        assertThat(published
                        .path("reviews")
                        .path("LITIGATION_DIRECT")
                        .path("TOTAL")
                        .asInt())
                .isZero();
    }

    private static JsonNode check(JsonNode report, String code) {
        for (JsonNode check : report.path("checks")) {
            if (check.path("code").asText().equals(code)) {
                return check;
            }
        }
        throw new AssertionError("no check " + code + " in " + report.path("checks"));
    }

    private static List<String> codes(JsonNode report) {
        List<String> codes = new ArrayList<>();
        report.path("applications")
                .path("rows")
                .forEach(r -> codes.add(r.path("code").asText()));
        return codes;
    }

    private static List<Integer> row(JsonNode report, String code) {
        for (JsonNode row : report.path("applications").path("rows")) {
            if (row.path("code").asText().equals(code)) {
                List<Integer> counts = new ArrayList<>();
                row.path("counts").forEach(n -> counts.add(n.asInt()));
                return counts;
            }
        }
        throw new AssertionError("no row " + code + " in " + report);
    }

    private static void receive(String agency, String id, String on, String applicantType) throws Exception {
        frontDoor.post(
                "/api/applications",
                Map.of(
                        "applicationId",
                        id,
                        "agencyId",
                        agency,
                        "receivedOn",
                        on,
                        "channel",
                        "IN_PERSON",
                        "applicantType",
                        applicantType));
    }

    private static String created(String path, Map<String, ?> body) throws Exception {
        HttpResponse<String> answer = frontDoor.send(path, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return FrontDoor.json(answer.body()).path("caseId").asText();
    }
}
