package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.gongkai.events.InputLimits;
import org.gongkai.events.InputLimits.Text;
import org.junit.jupiter.api.Test;

/**
 * A fact at every input limit (ADR 0017) goes through the front door, is stored, published and projected: the
 * longest id, name, subject, title, document number and narrative, the largest count and amount, the earliest
 * business date and the latest deadline all reach the read tables, so none of them can stall a partition.
 */
class InputLimitsStackIT extends SharedRunningStack {

    private static final LocalDate TODAY = LocalDate.now(org.gongkai.events.calendar.BusinessClock.china());
    private static final Duration PROJECTED = Duration.ofSeconds(60);

    @Test
    void everyFactAtItsLimitsReachesTheReadTables() throws Exception {
        String agency = longestId("a");
        String name = "机".repeat(Text.NAME.maxLength());
        frontDoor.post("/api/agencies", Map.of("agencyId", agency, "name", name));

        String earliest = longestId("b");
        String subject = "长".repeat(Text.SUBJECT.maxLength());
        frontDoor.post("/api/applications", receipt(earliest, agency, InputLimits.EARLIEST_DATE.toString(), subject));
        String awaiting = longestId("c");
        frontDoor.post("/api/applications", receipt(awaiting, agency, YEAR + "-11-02", "补正"));
        String latestDeadline = InputLimits.latestDate(TODAY).toString();
        frontDoor.post(
                "/api/applications/" + awaiting + "/supplement-request",
                Map.of("requestedOn", YEAR + "-11-03", "dueOn", latestDeadline));

        String agencyPath = "/api/agencies/" + agency;
        Map<String, String> q4 = Map.of("periodStart", YEAR + "-10-01", "periodEnd", YEAR + "-12-31");
        frontDoor.post(
                agencyPath + "/decision-tallies",
                with(q4, Map.of("tallyId", longestId("d"), "category", "PENALTY", "count", InputLimits.MAX_COUNT)));
        frontDoor.post(
                agencyPath + "/administrative-fees",
                with(q4, Map.of("feeRecordId", longestId("e"), "amountYuan", InputLimits.MAX_YUAN.toPlainString())));
        String title = "题".repeat(Text.TITLE.maxLength());
        String number = "号".repeat(Text.DOCUMENT_NUMBER.maxLength());
        frontDoor.post(
                agencyPath + "/regulatory-documents",
                Map.of(
                        "documentId",
                        longestId("f"),
                        "kind",
                        "RULE",
                        "title",
                        title,
                        "documentNumber",
                        number,
                        "issuedOn",
                        YEAR + "-06-01"));
        String caseId = longestId("g");
        frontDoor.post(
                "/api/reconsiderations",
                Map.of("caseId", caseId, "agencyId", agency, "applicationId", earliest, "filedOn", YEAR + "-12-01"));
        String narrative = "文\n".repeat(Text.NARRATIVE.maxLength() / 2);
        HttpResponse<String> drafted =
                frontDoor.put(agencyPath + "/reports/" + YEAR + "/narrative/OVERVIEW", Map.of("text", narrative));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(200);

        await().atMost(PROJECTED).untilAsserted(() -> {
            JsonNode agencies = frontDoor.get("/api/agencies");
            assertThat(StreamSupport.stream(agencies.spliterator(), false)).anySatisfy(a -> {
                assertThat(a.path("agencyId").asText()).isEqualTo(agency);
                assertThat(a.path("name").asText()).isEqualTo(name);
            });
            JsonNode first = frontDoor.get("/api/applications/" + earliest);
            assertThat(first.path("receivedOn").asText()).isEqualTo(InputLimits.EARLIEST_DATE.toString());
            assertThat(frontDoor.fetch("/api/applications/" + awaiting).body()).contains(latestDeadline);
            JsonNode documents = frontDoor.get(agencyPath + "/regulatory-documents");
            assertThat(documents.path(0).path("title").asText()).isEqualTo(title);
            assertThat(documents.path(0).path("documentNumber").asText()).isEqualTo(number);
            assertThat(frontDoor.fetch(agencyPath + "/review-cases").body()).contains(caseId);
            JsonNode report = frontDoor.get(agencyPath + "/reports/" + YEAR);
            assertThat(report.path("proactive").path("PENALTY").asLong()).isEqualTo(InputLimits.MAX_COUNT);
            assertThat(report.path("proactive")
                            .path("administrativeFeesTenThousandYuan")
                            .asText())
                    .isEqualTo(InputLimits.MAX_YUAN.movePointLeft(4).toPlainString());
            assertThat(report.path("narrative").path("OVERVIEW").asText()).isEqualTo(narrative);
        });
    }

    private static Map<String, Object> receipt(String id, String agency, String receivedOn, String subject) {
        return Map.of(
                "applicationId",
                id,
                "agencyId",
                agency,
                "receivedOn",
                receivedOn,
                "channel",
                "ONLINE",
                "applicantType",
                "LEGAL_SERVICE_AGENCY",
                "subject",
                subject);
    }

    private static Map<String, Object> with(Map<String, String> period, Map<String, Object> fields) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(period);
        body.putAll(fields);
        return body;
    }

    /** An id of the greatest length, unique to this run. */
    private static String longestId(String prefix) {
        String id = prefix + UUID.randomUUID().toString().replace("-", "");
        return id + "_".repeat(InputLimits.ID_MAX_LENGTH - id.length());
    }
}
