package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Independent fixtures (issue 21 item 5): a county of four agencies, every fact recorded through the front door of
 * the whole stack, and its tables 三 and 四 compared cell by cell with tables worked out without Gongkai's code.
 * The fact lists and the expected tables are CSV files under {@code src/test/resources/fixtures/} (README.md
 * there says how they were made): {@code county-2024} for report year 2024 (2021 format; every row of 三 and every
 * cell of 四 of the county non-zero) and {@code trial-2020} for report year 2020, read back as the CSV export in
 * the trial format of 2019 (23 rows: （六）其他处理 one row). Each scope is compared: each agency alone and the county
 * with everything below it.
 */
class IndependentFixturesStackIT extends RunningStack {

    private static int facts;

    @BeforeAll
    static void recordBothFixturesThroughTheFrontDoor() throws Exception {
        facts = record("county-2024") + record("trial-2020");
        // the last fact recorded is a conclusion of trial-2020: wait until the read side has every one
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            for (Map.Entry<String, Map<String, List<Long>>> scope :
                    expected("county-2024", 2024).entrySet()) {
                assertThat(actualJson(scope.getKey(), 2024)).isEqualTo(scope.getValue());
            }
            for (Map.Entry<String, Map<String, List<Long>>> scope :
                    expected("trial-2020", 2020).entrySet()) {
                assertThat(actualCsv(scope.getKey(), 2020)).isEqualTo(scope.getValue());
            }
        });
    }

    @Test
    void recordsAtLeastTwoHundredFactsPerFixture() {
        assertThat(facts).isGreaterThanOrEqualTo(2 * 200);
    }

    @Test
    void theCountyOf2024MatchesTheTablesWorkedOutFromItsFactsInEveryRowAndCell() throws Exception {
        Map<String, Map<String, List<Long>>> expected = expected("county-2024", 2024);

        assertThat(expected.keySet())
                .containsExactly("fx-county", "fx-kupu", "fx-tiechanggou", "fx-land", "fx-county?scope=subtree");
        Map<String, List<Long>> county = expected.get("fx-county?scope=subtree");
        // the fixture is as strong as promised: every row of 三 and every cell of 四 non-zero for the county
        assertThat(county.keySet()).hasSize(25 + 3);
        for (String row : NationalLayout.ROWS) {
            assertThat(county.get(row).get(6)).as(row).isPositive();
        }
        for (String group : List.of("RECONSIDERATION", "LITIGATION_DIRECT", "LITIGATION_AFTER_RECONSIDERATION")) {
            assertThat(county.get(group)).as(group).hasSize(5).doesNotContain(0L);
        }
        for (Map.Entry<String, Map<String, List<Long>>> scope : expected.entrySet()) {
            Map<String, List<Long>> actual = actualJson(scope.getKey(), 2024);
            assertThat(new ArrayList<>(actual.keySet()))
                    .as(scope.getKey())
                    .containsExactlyElementsOf(scope.getValue().keySet());
            scope.getValue()
                    .forEach((row, cells) -> assertThat(actual.get(row))
                            .as(scope.getKey() + " " + row)
                            .containsExactlyElementsOf(cells));
        }
    }

    @Test
    void theTrialFormatOf2020MatchesTheTablesWorkedOutFromItsFactsInEveryRowAndCell() throws Exception {
        Map<String, Map<String, List<Long>>> expected = expected("trial-2020", 2020);

        assertThat(expected).hasSize(5);
        assertThat(frontDoor
                        .get("/api/agencies/tr-county/reports/2020")
                        .path("format")
                        .asText())
                .isEqualTo("2019");
        for (Map.Entry<String, Map<String, List<Long>>> scope : expected.entrySet()) {
            assertThat(scope.getValue().keySet())
                    .as(scope.getKey())
                    .hasSize(23 + 3)
                    .contains("OTHER_HANDLING");
            Map<String, List<Long>> actual = actualCsv(scope.getKey(), 2020);
            assertThat(new ArrayList<>(actual.keySet()))
                    .as(scope.getKey())
                    .containsExactlyElementsOf(scope.getValue().keySet());
            scope.getValue()
                    .forEach((row, cells) -> assertThat(actual.get(row))
                            .as(scope.getKey() + " " + row)
                            .containsExactlyElementsOf(cells));
        }
    }

    // ── recording the facts ────────────────────────────────────────────────────────────────────────────────

    private static int record(String fixture) throws Exception {
        int recorded = 0;
        for (Map<String, String> agency : csv(fixture, "agencies.csv")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("agencyId", agency.get("agencyId"));
            body.put("name", agency.get("name"));
            putIfPresent(body, "parentAgencyId", agency.get("parentAgencyId"));
            putIfPresent(body, "level", agency.get("level"));
            frontDoor.post("/api/agencies", body);
        }
        for (Map<String, String> application : csv(fixture, "applications.csv")) {
            String id = application.get("applicationId");
            frontDoor.post(
                    "/api/applications",
                    Map.of(
                            "applicationId",
                            id,
                            "agencyId",
                            application.get("agencyId"),
                            "receivedOn",
                            application.get("receivedOn"),
                            "channel",
                            application.get("channel"),
                            "applicantType",
                            application.get("applicantType")));
            recorded++;
            switch (application.get("closing")) {
                case "DECISION" ->
                    frontDoor.post(
                            "/api/applications/" + id + "/decision",
                            Map.of("outcome", application.get("outcome"), "decidedOn", application.get("closedOn")));
                case "WITHDRAWAL" ->
                    frontDoor.post(
                            "/api/applications/" + id + "/withdrawal",
                            Map.of("withdrawnOn", application.get("closedOn")));
                default -> {
                    continue;
                }
            }
            recorded++;
        }
        for (Map<String, String> review : csv(fixture, "reviews.csv")) {
            String id = review.get("caseId");
            boolean lawsuit = review.get("kind").equals("LAWSUIT");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("caseId", id);
            body.put("agencyId", review.get("agencyId"));
            body.put("filedOn", review.get("filedOn"));
            if (lawsuit) {
                body.put("route", review.get("route"));
            }
            String collection = lawsuit ? "/api/lawsuits" : "/api/reconsiderations";
            frontDoor.post(collection, body);
            recorded++;
            if (!review.get("concludedOn").isEmpty()) {
                frontDoor.post(
                        collection + "/" + id + "/conclusion",
                        Map.of("result", review.get("result"), "concludedOn", review.get("concludedOn")));
                recorded++;
            }
        }
        return recorded;
    }

    private static void putIfPresent(Map<String, Object> body, String field, String value) {
        if (value != null && !value.isEmpty()) {
            body.put(field, value);
        }
    }

    // ── reading the expected and the actual tables ─────────────────────────────────────────────────────────

    /** Scope → row (table 三's row codes, then table 四's groups) → cells, in the file's order. */
    private static Map<String, Map<String, List<Long>>> expected(String fixture, int year) throws IOException {
        Map<String, Map<String, List<Long>>> scopes = new LinkedHashMap<>();
        for (Map<String, String> line : csv(fixture, "expected-" + year + ".csv")) {
            List<Long> cells = new ArrayList<>();
            line.values().stream().skip(3).filter(v -> !v.isEmpty()).forEach(v -> cells.add(Long.parseLong(v)));
            scopes.computeIfAbsent(line.get("scope"), s -> new LinkedHashMap<>())
                    .put(line.get("row"), cells);
        }
        return scopes;
    }

    /** The served report JSON in the same shape: every row of 三 as served, then 四's three groups. */
    private static Map<String, List<Long>> actualJson(String scope, int year) throws Exception {
        JsonNode report = frontDoor.get(reportPath(scope, year, ""));
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        for (JsonNode row : report.path("applications").path("rows")) {
            List<Long> cells = new ArrayList<>();
            row.path("counts").forEach(n -> cells.add(n.asLong()));
            rows.put(row.path("code").asText(), cells);
        }
        report.path("reviews").fields().forEachRemaining(group -> {
            List<Long> cells = new ArrayList<>();
            for (String cell : List.of("UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL")) {
                cells.add(group.getValue().path(cell).asLong(-1));
            }
            rows.put(group.getKey(), cells);
        });
        return rows;
    }

    /** The CSV export in the same shape: the lines of table 三, then 四's one line split into its three groups. */
    private static Map<String, List<Long>> actualCsv(String scope, int year) throws Exception {
        String body = frontDoor.fetch(reportPath(scope, year, ".csv")).body();
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        List<Long> four = new ArrayList<>();
        for (String line : body.replace("\uFEFF", "").split("\r?\n")) {
            List<String> cells = cells(line);
            if (cells.size() < 5) {
                continue;
            }
            boolean three = cells.get(0).equals("三");
            boolean reviews = cells.get(0).equals("四") && cells.get(2).equals("REVIEWS");
            if (three || reviews) {
                List<Long> numbers = new ArrayList<>();
                cells.subList(4, cells.size()).forEach(v -> numbers.add(Long.parseLong(v)));
                if (three) {
                    rows.put(cells.get(2), numbers);
                } else {
                    four.addAll(numbers);
                }
            }
        }
        List<String> groups = List.of("RECONSIDERATION", "LITIGATION_DIRECT", "LITIGATION_AFTER_RECONSIDERATION");
        for (int g = 0; g < groups.size() && four.size() >= 5 * (g + 1); g++) {
            rows.put(groups.get(g), four.subList(5 * g, 5 * g + 5));
        }
        return rows;
    }

    private static String reportPath(String scope, int year, String suffix) {
        int query = scope.indexOf('?');
        String agency = query < 0 ? scope : scope.substring(0, query);
        return "/api/agencies/" + agency + "/reports/" + year + suffix + (query < 0 ? "" : scope.substring(query));
    }

    private static List<Map<String, String>> csv(String fixture, String file) throws IOException {
        List<Map<String, String>> lines = new ArrayList<>();
        try (InputStream in =
                        IndependentFixturesStackIT.class.getResourceAsStream("/fixtures/" + fixture + "/" + file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = cells(reader.readLine());
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> cells = cells(line);
                Map<String, String> named = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    named.put(header.get(i), i < cells.size() ? cells.get(i) : "");
                }
                lines.add(named);
            }
        }
        return lines;
    }

    /** One CSV line (RFC 4180: a quoted cell may hold commas and doubled quotes). */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
