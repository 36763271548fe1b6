package org.gongkai.query.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.events.agency.AgencyLevel;
import org.gongkai.events.agency.AgencyRegistered;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.user.UserRegistered;
import org.gongkai.events.user.UserRole;
import org.gongkai.query.SignedInClients;
import org.gongkai.query.TestInfrastructure;
import org.gongkai.query.intake.DirectFeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 督办 over a small tree on a fixed "today" (Monday 15 June 2026): sv with sv-a (and sv-a1 below it) and sv-b.
 * Each figure has one application behind it, and one application lies outside the period.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gongkai.query.consumer.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionIT {

    static final LocalDate TODAY = LocalDate.parse("2026-06-15");
    static final String PERIOD = "from=2026-01-01&to=2026-06-30";

    @TestConfiguration
    static class FixedToday {
        @Bean
        @Primary
        Clock fixedClock() {
            ZoneId china = ZoneId.of("Asia/Shanghai");
            return Clock.fixed(TODAY.atTime(10, 0).atZone(china).toInstant(), china);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestInfrastructure.database("supervision_it", registry);
    }

    @Autowired
    DirectFeed feed;

    @Autowired
    TestRestTemplate http;

    @Autowired
    PasswordEncoder passwords;

    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void feedTheTree() {
        feed.publish(
                new AgencyRegistered("sv", "督办县", null, AgencyLevel.COUNTY),
                new AgencyRegistered("sv-a", "甲局", "sv", AgencyLevel.DEPARTMENT),
                new AgencyRegistered("sv-a1", "甲局下属所", "sv-a", AgencyLevel.DEPARTMENT),
                new AgencyRegistered("sv-b", "乙局", "sv", AgencyLevel.DEPARTMENT),
                new UserRegistered("sv-a-boss", UserRole.SUPERVISOR, "sv-a", passwords.encode("sv-password-1")),
                received("soon", "sv-a", "2026-05-20", "2026-06-17"), // Wed: 2 working days left
                received("overdue", "sv-a", "2026-05-12", "2026-06-10"), // 11, 12, 15 June past
                received("late", "sv-b", "2026-04-16", "2026-05-15"),
                received("ontime", "sv-b", "2026-04-16", "2026-05-15"),
                received("last-year", "sv-a1", "2025-11-03", "2025-12-01"),
                received("far", "sv", "2026-06-12", "2026-07-30"));
        feed.publish(
                decided("late", "2026-05-20"), decided("ontime", "2026-05-10"), decided("last-year", "2025-12-20"));
    }

    @Test
    void countsEachAgencyOfTheSubtreeAndTheTotal() throws Exception {
        JsonNode table = get("/api/agencies/sv/supervision?" + PERIOD);

        assertThat(table.path("today").asText()).isEqualTo("2026-06-15");
        assertThat(table.path("rows"))
                .extracting(r -> r.path("agencyId").asText())
                .containsExactlyInAnyOrder("sv", "sv-a", "sv-a1", "sv-b");
        assertThat(table.path("rows").get(0).path("agencyId").asText()).isEqualTo("sv");
        JsonNode a = row(table, "sv-a");
        assertThat(counts(a)).containsExactly(1L, 1L, 0L, 0L);
        assertThat(a.path("onTimeRate").decimalValue()).isEqualByComparingTo("0.0");
        JsonNode b = row(table, "sv-b");
        assertThat(counts(b)).containsExactly(0L, 0L, 1L, 1L);
        assertThat(b.path("onTimeRate").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(counts(row(table, "sv-a1"))).containsOnly(0L);
        assertThat(row(table, "sv-a1").path("onTimeRate").isNull()).isTrue();
        assertThat(counts(table.path("total"))).containsExactly(1L, 1L, 1L, 1L);
        assertThat(table.path("total").path("onTimeRate").decimalValue()).isEqualByComparingTo("33.3");
    }

    @Test
    void drillsDownToTheApplicationsBehindAFigure() throws Exception {
        JsonNode overdue = get("/api/agencies/sv/supervision/applications?" + PERIOD + "&category=OVERDUE_OPEN");
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).path("applicationId").asText()).isEqualTo("overdue");
        assertThat(overdue.get(0).path("workingDays").asInt()).isEqualTo(3);

        JsonNode ofB = get("/api/agencies/sv/supervision/applications?" + PERIOD + "&agency=sv-b");
        assertThat(ofB).extracting(i -> i.path("applicationId").asText()).containsExactlyInAnyOrder("late", "ontime");
    }

    @Test
    void exportsTheTableAsCsvAndXlsx() throws Exception {
        ResponseEntity<byte[]> csv = http.getForEntity("/api/agencies/sv/supervision.csv?" + PERIOD, byte[].class);
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF督办县政府信息公开申请办理督办表（2026-01-01至2026-06-30");
        assertThat(text).contains("机构,机构编码,即将逾期,逾期未办理,逾期已办理,按期办理,按时办结率（%）,逾期要求补正（第三十条）,延迟答复（第三十五条）\r\n");
        assertThat(text).contains("乙局,sv-b,0,0,1,1,50.0,0,0\r\n").contains("合计,,1,1,1,1,33.3,0,0\r\n");
        assertThat(text).contains("overdue,甲局,逾期未办理,2026-05-12,2026-06-10,,3\r\n");

        ResponseEntity<byte[]> xlsx = http.getForEntity("/api/agencies/sv/supervision.xlsx?" + PERIOD, byte[].class);
        assertThat(xlsx.getHeaders().getContentType().toString()).contains("spreadsheetml");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            var summary = book.getSheet("督办汇总");
            assertThat(summary.getRow(1).getCell(3).getStringCellValue()).isEqualTo("逾期未办理");
            var total = summary.getRow(summary.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(book.getSheet("明细").getLastRowNum()).isEqualTo(1 + 4);
        }
    }

    @Test
    void showsASupervisorOnlyTheirSubtree() throws Exception {
        ResponseEntity<String> own = as("sv-a-boss", "/api/agencies/sv-a/supervision?" + PERIOD);
        assertThat(own.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(own.getBody()).path("rows"))
                .extracting(r -> r.path("agencyId").asText())
                .containsExactlyInAnyOrder("sv-a", "sv-a1");

        ResponseEntity<String> above = as("sv-a-boss", "/api/agencies/sv/supervision?" + PERIOD);
        assertThat(above.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void refusesABackwardsPeriodAndAnUnknownCategory() throws Exception {
        ResponseEntity<String> backwards =
                http.getForEntity("/api/agencies/sv/supervision?from=2026-06-30&to=2026-01-01", String.class);
        assertThat(backwards.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(backwards.getBody()).path("field").asText()).isEqualTo("to");

        ResponseEntity<String> badDate =
                http.getForEntity("/api/agencies/sv/supervision?from=2026-13-01", String.class);
        assertThat(json.readTree(badDate.getBody()).path("field").asText()).isEqualTo("from");

        ResponseEntity<String> category =
                http.getForEntity("/api/agencies/sv/supervision/applications?category=LATE", String.class);
        assertThat(category.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(category.getBody()).path("field").asText()).isEqualTo("category");
    }

    @Test
    void checksTheTablesOfAReportProducedElsewhere() throws Exception {
        // Gongkai's own CSV export passes; the same report as JSON with a 行政复议 总计 of 3 over empty cells does not
        String csv = new String(
                http.getForEntity("/api/agencies/sv-b/reports/2026.csv", byte[].class)
                        .getBody(),
                StandardCharsets.UTF_8);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.parseMediaType("text/csv"));
        ResponseEntity<String> clean = http.postForEntity(
                "/api/report-checks", new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), String.class);

        assertThat(clean.getStatusCode().value()).as(clean.getBody()).isEqualTo(200);
        JsonNode answer = json.readTree(clean.getBody());
        assertThat(answer.path("format").asText()).isEqualTo("csv");
        assertThat(answer.path("checks"))
                .allSatisfy(c -> assertThat(c.path("passed").asBoolean()).isTrue());

        JsonNode report = get("/api/agencies/sv-b/reports/2026");
        ((com.fasterxml.jackson.databind.node.ObjectNode) report.path("reviews").path("RECONSIDERATION"))
                .put("TOTAL", 3);
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        JsonNode broken = json.readTree(http.postForEntity(
                        "/api/report-checks", new HttpEntity<>(json.writeValueAsBytes(report), headers), String.class)
                .getBody());
        assertThat(broken.path("findings")).singleElement().satisfies(f -> {
            assertThat(f.path("check").asText()).isEqualTo("REVIEW_TOTALS");
            assertThat(f.path("row").asText()).isEqualTo("行政复议");
            assertThat(f.path("printed").asLong()).isEqualTo(3);
            assertThat(f.path("expected").asLong()).isZero();
        });

        ResponseEntity<String> notAReport = http.postForEntity(
                "/api/report-checks",
                new HttpEntity<>("{\"year\":2023}".getBytes(StandardCharsets.UTF_8), headers),
                String.class);
        assertThat(notAReport.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(notAReport.getBody()).path("field").asText()).isEqualTo("applications.rows");
    }

    @Test
    void checksAnXlsxInTheNationalLayoutCellByCell() throws Exception {
        // the report of sv-b printed into a spreadsheet as agencies publish it, then the same with a Hongze-style 四
        JsonNode report = get("/api/agencies/sv-b/reports/2026");
        java.util.List<java.util.List<Long>> table3 = new java.util.ArrayList<>();
        report.path("applications").path("rows").forEach(row -> {
            java.util.List<Long> cells = new java.util.ArrayList<>();
            row.path("counts").forEach(cell -> cells.add(cell.asLong()));
            table3.add(cells);
        });
        assertThat(table3).hasSize(25);
        java.util.List<Long> table4 = new java.util.ArrayList<>();
        for (String group :
                java.util.List.of("RECONSIDERATION", "LITIGATION_DIRECT", "LITIGATION_AFTER_RECONSIDERATION")) {
            for (String cell : java.util.List.of("UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL")) {
                table4.add(report.path("reviews").path(group).path(cell).asLong());
            }
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        JsonNode clean = json.readTree(http.postForEntity(
                        "/api/report-checks",
                        new HttpEntity<>(
                                org.gongkai.query.reportcheck.NationalLayoutSheet.workbook(
                                        table3,
                                        table4,
                                        org.gongkai.query.reportcheck.NationalLayoutSheet.printedOrder()),
                                headers),
                        String.class)
                .getBody());
        assertThat(clean.path("format").asText()).isEqualTo("xlsx");
        assertThat(clean.path("findings")).isEmpty();
        assertThat(clean.path("checks")).hasSize(6);

        table4.set(4, table4.get(4) + 2);
        JsonNode broken = json.readTree(http.postForEntity(
                        "/api/report-checks",
                        new HttpEntity<>(
                                org.gongkai.query.reportcheck.NationalLayoutSheet.workbook(
                                        table3,
                                        table4,
                                        org.gongkai.query.reportcheck.NationalLayoutSheet.printedOrder()),
                                headers),
                        String.class)
                .getBody());
        assertThat(broken.path("findings")).singleElement().satisfies(f -> {
            assertThat(f.path("check").asText()).isEqualTo("REVIEW_TOTALS");
            assertThat(f.path("row").asText()).isEqualTo("行政复议");
            assertThat(f.path("column").asText()).isEqualTo("总计");
            assertThat(f.path("printed").asLong()).isEqualTo(table4.get(4));
        });

        ResponseEntity<String> notAWorkbook = http.postForEntity(
                "/api/report-checks",
                new HttpEntity<>("not a workbook".getBytes(StandardCharsets.UTF_8), headers),
                String.class);
        assertThat(notAWorkbook.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(notAWorkbook.getBody()).path("rule").asText()).isEqualTo("UnreadableReport");
    }

    private ResponseEntity<String> as(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, SignedInClients.basic(user, "sv-password-1"));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> answer = http.getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value())
                .as(path + ": " + answer.getBody())
                .isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private static JsonNode row(JsonNode table, String agencyId) {
        for (JsonNode row : table.path("rows")) {
            if (row.path("agencyId").asText().equals(agencyId)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + agencyId);
    }

    private static java.util.List<Long> counts(JsonNode row) {
        return java.util.List.of(
                row.path("dueSoon").asLong(),
                row.path("overdueOpen").asLong(),
                row.path("answeredLate").asLong(),
                row.path("answeredOnTime").asLong());
    }

    private static ApplicationReceived received(String id, String agency, String on, String due) {
        return new ApplicationReceived(
                id,
                agency,
                LocalDate.parse(on),
                Channel.ONLINE,
                ApplicantType.NATURAL_PERSON,
                null,
                LocalDate.parse(due));
    }

    private static DecisionRecorded decided(String id, String on) {
        return new DecisionRecorded(id, Outcome.DISCLOSED, LocalDate.parse(on));
    }
}
