package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product as a user runs it: embedded PostgreSQL, embedded Kafka, both services, one front door. Facts
 * go in through HTTP and come out in the national tables; a published report recorded fact by fact comes back
 * cell for cell; Kafka stopping and a full restart lose and double nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GongkaiStackIT {

    /** Checks about writing and publishing the report, open on a report nobody has written or published. */
    static final java.util.Set<String> DRAFTING_CHECKS = java.util.Set.of("PUBLISHED_BY_DEADLINE", "NARRATIVE_PRESENT");

    private static final LocalDate TODAY = LocalDate.now(org.gongkai.events.calendar.BusinessClock.china());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;

    static GongkaiStack stack;

    @BeforeAll
    static void start() {
        stack = GongkaiStack.start(dataDir, 0);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void countsALoggedApplicationInTheAnnualTable() throws Exception {
        String agency = register("托里县库普乡人民政府");

        post(
                "/api/applications",
                Map.of(
                        "agencyId",
                        agency,
                        "receivedOn",
                        TODAY.toString(),
                        "channel",
                        "IN_PERSON",
                        "applicantType",
                        "NATURAL_PERSON"));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(row(report(agency, TODAY.getYear()), "RECEIVED"))
                        .containsExactly(1, 0, 0, 0, 0, 0, 1));
    }

    @Test
    @Order(2)
    void reproducesAPublishedReportRecordedFactByFact() throws Exception {
        JsonNode published = JSON.readTree(GongkaiStackIT.class.getResourceAsStream("/reports/pingtan-2022.json"))
                .path("report");
        String agency = "pingtan-" + UUID.randomUUID();
        PublishedReportRecorder recorder = new PublishedReportRecorder(
                stack.url().toString(), stack.adminPassword().orElseThrow());

        recorder.record(agency, published);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode report = report(agency, 2022);
            assertThat(codes(report)).containsExactlyElementsOf(NationalLayout.ROWS);
            for (String code : NationalLayout.ROWS) {
                assertThat(counts(published, code)).as(code).hasSize(7);
                assertThat(row(report, code)).as(code).containsExactlyElementsOf(counts(published, code));
            }
            assertThat(report.path("reviews").toString()).isEqualTo(withoutPublishedTotals(published.path("reviews")));
            assertThat(report.path("proactive")).isEqualTo(published.path("proactive"));
        });
        assertThat(recorder.factsRecorded()).isGreaterThan(900);
        // every check on the numbers passes; the drafting checks (deadline, narrative) are about publishing
        assertThat(report(agency, 2022).path("checks"))
                .extracting(check -> check.path("code").asText())
                .containsAll(NationalLayout.HARD_CHECKS);
        assertThat(report(agency, 2022).path("checks"))
                .filteredOn(
                        check -> !DRAFTING_CHECKS.contains(check.path("code").asText()))
                .allSatisfy(check -> assertThat(check.path("passed").asBoolean())
                        .as(check.toString())
                        .isTrue());
    }

    @Test
    @Order(3)
    void givesAnAgencyWithoutFactsACompleteAllZeroReport() throws Exception {
        String agency = register("托里县库普乡人民政府");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode report = report(agency, 2021);
            assertThat(report.path("format").asText()).isEqualTo("2021");
            assertThat(codes(report)).containsExactlyElementsOf(NationalLayout.ROWS);
            for (String code : NationalLayout.ROWS) {
                assertThat(row(report, code)).as(code).containsExactly(0, 0, 0, 0, 0, 0, 0);
            }
            for (String group : List.of("RECONSIDERATION", "LITIGATION_DIRECT", "LITIGATION_AFTER_RECONSIDERATION")) {
                for (String cell : List.of("UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL")) {
                    assertThat(report.path("reviews").path(group).path(cell).isIntegralNumber())
                            .as(group + " " + cell)
                            .isTrue();
                    assertThat(report.path("reviews").path(group).path(cell).asInt())
                            .as(group + " " + cell)
                            .isZero();
                }
            }
            assertThat(report.path("proactive")
                            .path("administrativeFeesTenThousandYuan")
                            .asText())
                    .isEqualTo("0");
        });
    }

    @Test
    @Order(4)
    void catchesUpExactlyAfterKafkaWasDownWhileWritesContinued() throws Exception {
        String agency = register("托里县人民政府办公室");
        await().atMost(Duration.ofSeconds(10)).until(() -> status("/api/agencies/" + agency + "/reports/2025") == 200);

        stack.infrastructure().stopKafka();
        for (int i = 0; i < 20; i++) {
            post(
                    "/api/applications",
                    Map.of(
                            "agencyId",
                            agency,
                            "receivedOn",
                            "2025-03-0" + (1 + i % 9),
                            "channel",
                            "ONLINE",
                            "applicantType",
                            i % 2 == 0 ? "NATURAL_PERSON" : "COMMERCIAL_ENTERPRISE"));
        }
        assertThat(row(report(agency, 2025), "RECEIVED")).containsOnly(0);
        stack.infrastructure().startKafka();

        await().atMost(Duration.ofSeconds(120))
                .untilAsserted(() ->
                        assertThat(row(report(agency, 2025), "RECEIVED")).containsExactly(10, 10, 0, 0, 0, 0, 20));
    }

    @Test
    @Order(5)
    void seedsADemoCountyWhoseReportsKeepEveryIdentity() throws Exception {
        int facts = new DemoData(stack.url().toString(), stack.adminPassword().orElseThrow()).seed();

        assertThat(facts).isGreaterThan(500);
        int lastYear = TODAY.getYear() - 1;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode county = report(DemoData.COUNTY + "?scope=subtree", lastYear);
            assertThat(row(county, "RECEIVED").get(6)).isGreaterThan(150);
            assertThat(county.path("checks"))
                    .extracting(check -> check.path("code").asText())
                    .containsAll(NationalLayout.HARD_CHECKS);
            // the demo never publishes, so only the deadline warning may be open
            assertThat(county.path("checks"))
                    .filteredOn(check ->
                            !DRAFTING_CHECKS.contains(check.path("code").asText()))
                    .allSatisfy(check -> assertThat(check.path("passed").asBoolean())
                            .as(check.toString())
                            .isTrue());
        });
    }

    @Test
    @Order(99)
    void keepsEveryCountAcrossARestartOnTheSameDataDir() throws Exception {
        String agency = register("托里县库普乡人民政府");
        for (int i = 0; i < 3; i++) {
            post(
                    "/api/applications",
                    Map.of(
                            "agencyId",
                            agency,
                            "receivedOn",
                            "2024-05-06",
                            "channel",
                            "IN_PERSON",
                            "applicantType",
                            "OTHER_ORGANIZATION"));
        }
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(row(report(agency, 2024), "RECEIVED")).containsExactly(0, 0, 0, 0, 0, 3, 3));

        stack.close();
        stack = GongkaiStack.start(dataDir, 0);

        assertThat(row(report(agency, 2024), "RECEIVED")).containsExactly(0, 0, 0, 0, 0, 3, 3);
        post(
                "/api/applications",
                Map.of(
                        "agencyId",
                        agency,
                        "receivedOn",
                        "2024-05-07",
                        "channel",
                        "IN_PERSON",
                        "applicantType",
                        "OTHER_ORGANIZATION"));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(row(report(agency, 2024), "RECEIVED")).containsExactly(0, 0, 0, 0, 0, 4, 4));
    }

    private static String withoutPublishedTotals(JsonNode reviews) {
        Map<String, Object> copy = new LinkedHashMap<>();
        reviews.fields().forEachRemaining(group -> {
            Map<String, Object> cells = new LinkedHashMap<>();
            group.getValue().fields().forEachRemaining(cell -> {
                if (!cell.getKey().equals("publishedTotal")) {
                    cells.put(cell.getKey(), cell.getValue().asInt());
                }
            });
            copy.put(group.getKey(), cells);
        });
        return JSON.valueToTree(copy).toString();
    }

    private static List<String> codes(JsonNode report) {
        List<String> codes = new ArrayList<>();
        report.path("applications")
                .path("rows")
                .forEach(r -> codes.add(r.path("code").asText()));
        return codes;
    }

    private static List<Integer> counts(JsonNode published, String code) {
        List<Integer> counts = new ArrayList<>();
        published.path("applications").path(code).forEach(n -> counts.add(n.asInt()));
        return counts;
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

    private static String register(String name) throws Exception {
        String id = "agency-" + UUID.randomUUID();
        post("/api/agencies", Map.of("agencyId", id, "name", name));
        return id;
    }

    private static JsonNode report(String agency, int year) throws IOException, InterruptedException {
        String query = agency.contains("?") ? agency.substring(agency.indexOf('?')) : "";
        String id = agency.contains("?") ? agency.substring(0, agency.indexOf('?')) : agency;
        HttpResponse<String> answer = HTTP.send(
                signedIn(URI.create(stack.url() + "/api/agencies/" + id + "/reports/" + year + query))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** A request signed in as the administrator (HTTP Basic). */
    static HttpRequest.Builder signedIn(URI uri) {
        return HttpRequest.newBuilder(uri)
                .header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString(("admin:"
                                                        + stack.adminPassword().orElseThrow())
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static int status(String path) throws IOException, InterruptedException {
        return HTTP.send(signedIn(URI.create(stack.url() + path)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static void post(String path, Map<String, ?> body) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(
                signedIn(URI.create(stack.url() + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("POST %s: %s", path, answer.body()).isBetween(200, 299);
    }
}
