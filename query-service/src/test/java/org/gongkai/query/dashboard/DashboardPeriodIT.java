package org.gongkai.query.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.events.agency.AgencyLevel;
import org.gongkai.events.agency.AgencyRegistered;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.Outcome;
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
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard over an earlier period (issue 20 item 3), on a fixed "today" of Monday 15 June 2026: a county
 * office "pd" with one department "pd-a" below it, whose facts lie in 2023 and 2024, and one open application of
 * this year. Every expected figure is counted by hand from the facts fed below.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gongkai.query.consumer.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPeriodIT {

    static final LocalDate TODAY = LocalDate.parse("2026-06-15");

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
        TestInfrastructure.database("dashboard_period_it", registry);
    }

    @Autowired
    DirectFeed feed;

    @Autowired
    TestRestTemplate http;

    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void feedTwoEarlierYears() {
        feed.publish(
                new AgencyRegistered("pd", "期间县政务服务中心", null, AgencyLevel.COUNTY),
                new AgencyRegistered("pd-a", "期间县财政局", "pd", AgencyLevel.DEPARTMENT),
                // 2023: one in Q1, one in Q2 closed in Q2 as not held
                received("p23-jan", "pd", "2023-01-16"),
                received("p23-may", "pd", "2023-05-10"),
                // 2024: one in Q1 (closed in Q1), three in Q2 (two closed in Q2), one in Q2 at the department
                received("p24-feb", "pd", "2024-02-05"),
                received("p24-apr", "pd", "2024-04-08"),
                received("p24-may1", "pd", "2024-05-06"),
                received("p24-may2", "pd", "2024-05-20"),
                received("p24-a", "pd-a", "2024-06-03"),
                // 2026: open today
                received("p26-jun", "pd", "2026-06-01"));
        feed.publish(
                decided("p23-may", Outcome.UNAVAILABLE_NOT_HELD, "2023-06-01"),
                decided("p24-feb", Outcome.DISCLOSED, "2024-03-01"),
                decided("p24-apr", Outcome.DISCLOSED, "2024-04-30"),
                decided("p24-may1", Outcome.WITHHELD_STATE_SECRET, "2024-06-28"));
    }

    @Test
    void showsAnEarlierQuarterBesideTheSameQuarterOfTheYearBefore() throws Exception {
        JsonNode d = get("/api/agencies/pd/dashboard?year=2024&quarter=2");

        assertThat(d.path("agencyName").asText()).isEqualTo("期间县政务服务中心");
        JsonNode quarter = d.path("currentQuarter");
        assertThat(quarter.path("year").asInt()).isEqualTo(2024);
        assertThat(quarter.path("quarter").asInt()).isEqualTo(2);
        assertThat(quarter.path("from").asText()).isEqualTo("2024-04-01");
        assertThat(quarter.path("to").asText()).isEqualTo("2024-06-30");
        assertThat(quarter.path("received").asLong()).isEqualTo(3);
        assertThat(quarter.path("closed").asLong()).isEqualTo(2);
        assertThat(quarter.path("closedByGroup").path("DISCLOSED").asLong()).isEqualTo(1);
        assertThat(quarter.path("closedByGroup").path("WITHHELD").asLong()).isEqualTo(1);
        JsonNode year = d.path("yearToDate");
        assertThat(year.path("received").asLong()).isEqualTo(4);
        assertThat(year.path("closed").asLong()).isEqualTo(3);
        assertThat(year.path("to").asText()).isEqualTo("2024-06-30");
        assertThat(months(d.path("receiptsByMonth"))).containsExactly(0L, 1L, 0L, 1L, 2L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);

        JsonNode before = d.path("previousYear");
        assertThat(before.path("quarter").path("year").asInt()).isEqualTo(2023);
        assertThat(before.path("quarter").path("quarter").asInt()).isEqualTo(2);
        assertThat(before.path("quarter").path("received").asLong()).isEqualTo(1);
        assertThat(before.path("quarter").path("closed").asLong()).isEqualTo(1);
        assertThat(before.path("quarter")
                        .path("closedByGroup")
                        .path("UNAVAILABLE")
                        .asLong())
                .isEqualTo(1);
        assertThat(before.path("yearToDate").path("received").asLong()).isEqualTo(2);
        assertThat(before.path("yearToDate").path("to").asText()).isEqualTo("2023-06-30");
        assertThat(months(before.path("receiptsByMonth")))
                .containsExactly(1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(before.path("outcomesYearToDate")
                        .path("UNAVAILABLE_NOT_HELD")
                        .asLong())
                .isEqualTo(1);

        // the workload is today's whatever the period: p23-jan, p24-may2 and p26-jun are still open
        assertThat(d.path("today").asText()).isEqualTo("2026-06-15");
        assertThat(d.path("open").asLong()).isEqualTo(3);
    }

    @Test
    void sumsTheSubtreeOfAnEarlierQuarter() throws Exception {
        JsonNode d = get("/api/agencies/pd/dashboard?year=2024&quarter=2&scope=subtree");

        assertThat(d.path("scope").asText()).isEqualTo("subtree");
        assertThat(d.path("currentQuarter").path("received").asLong()).isEqualTo(4);
        assertThat(d.path("previousYear").path("quarter").path("received").asLong())
                .isEqualTo(1);
    }

    @Test
    void readsAWholeEarlierYearWhenNoQuarterIsGiven() throws Exception {
        JsonNode d = get("/api/agencies/pd/dashboard?year=2024");

        assertThat(d.path("currentQuarter").path("quarter").asInt()).isEqualTo(4);
        assertThat(d.path("yearToDate").path("from").asText()).isEqualTo("2024-01-01");
        assertThat(d.path("yearToDate").path("to").asText()).isEqualTo("2024-12-31");
        assertThat(d.path("yearToDate").path("received").asLong()).isEqualTo(4);
        assertThat(d.path("yearToDate").path("closed").asLong()).isEqualTo(3);
        assertThat(d.path("previousYear").path("yearToDate").path("received").asLong())
                .isEqualTo(2);
    }

    @Test
    void defaultsToTodaysQuarterAndComparesWithAYearThatHadNone() throws Exception {
        JsonNode d = get("/api/agencies/pd/dashboard");

        assertThat(d.path("currentQuarter").path("year").asInt()).isEqualTo(2026);
        assertThat(d.path("currentQuarter").path("quarter").asInt()).isEqualTo(2);
        assertThat(d.path("currentQuarter").path("received").asLong()).isEqualTo(1);
        assertThat(d.path("previousYear").path("quarter").path("year").asInt()).isEqualTo(2025);
        assertThat(d.path("previousYear").path("quarter").path("received").asLong())
                .isZero();
    }

    @Test
    void refusesAPeriodOutsideTheRegulationOrNotBegunWithAMessageKey() throws Exception {
        assertRefused("/api/agencies/pd/dashboard?year=2018", "year", "problem.InvalidParameter");
        assertRefused("/api/agencies/pd/dashboard?year=2027", "year", "problem.InvalidParameter");
        assertRefused("/api/agencies/pd/dashboard?year=twenty", "year", "problem.InvalidParameter");
        assertRefused("/api/agencies/pd/dashboard?year=2024&quarter=5", "quarter", "problem.InvalidParameter");
        assertRefused("/api/agencies/pd/dashboard?quarter=2", "year", "problem.QuarterWithoutYear");
        JsonNode notBegun =
                assertRefused("/api/agencies/pd/dashboard?year=2026&quarter=3", "quarter", "problem.QuarterNotBegun");
        assertThat(notBegun.path("messageArgs").path("last").asText()).isEqualTo("2026-Q2");
    }

    @Test
    void answersAnUnknownAgencyWithAKeyedProblem() throws Exception {
        ResponseEntity<String> answer = http.getForEntity("/api/agencies/nowhere/dashboard?year=2024", String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        JsonNode problem = json.readTree(answer.getBody());
        assertThat(problem.path("rule").asText()).isEqualTo("UnknownAgency");
        assertThat(problem.path("messageKey").asText()).isEqualTo("problem.UnknownAgency");
        assertThat(problem.path("messageArgs").path("field").asText()).isEqualTo("agencyId");
    }

    private JsonNode assertRefused(String path, String field, String messageKey) throws Exception {
        ResponseEntity<String> answer = http.getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).as(path).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType().toString()).contains("problem+json");
        JsonNode problem = json.readTree(answer.getBody());
        assertThat(problem.path("field").asText()).as(path).isEqualTo(field);
        assertThat(problem.path("rule").asText()).as(path).isNotBlank();
        assertThat(problem.path("detail").asText()).as(path).isNotBlank();
        assertThat(problem.path("messageKey").asText()).as(path).isEqualTo(messageKey);
        return problem;
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> answer = http.getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private static List<Long> months(JsonNode array) {
        List<Long> months = new ArrayList<>();
        array.forEach(m -> months.add(m.asLong()));
        return months;
    }

    private static ApplicationReceived received(String id, String agency, String on) {
        LocalDate receivedOn = LocalDate.parse(on);
        return new ApplicationReceived(
                id, agency, receivedOn, Channel.ONLINE, ApplicantType.NATURAL_PERSON, null, receivedOn.plusDays(28));
    }

    private static DecisionRecorded decided(String id, Outcome outcome, String on) {
        return new DecisionRecorded(id, outcome, LocalDate.parse(on));
    }
}
