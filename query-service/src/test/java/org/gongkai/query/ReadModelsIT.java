package org.gongkai.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.events.agency.AgencyLevel;
import org.gongkai.events.agency.AgencyMoved;
import org.gongkai.events.agency.AgencyRegistered;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.ApplicationWithdrawn;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.DecisionCorrected;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.ExtensionGranted;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.proactive.AdministrativeFeesRecorded;
import org.gongkai.events.proactive.DecisionTallyRecorded;
import org.gongkai.events.proactive.DocumentKind;
import org.gongkai.events.proactive.RegulatoryDocumentIssued;
import org.gongkai.events.proactive.RegulatoryDocumentRepealed;
import org.gongkai.events.proactive.TallyCategory;
import org.gongkai.events.review.LawsuitConcluded;
import org.gongkai.events.review.LawsuitFiled;
import org.gongkai.events.review.LawsuitRoute;
import org.gongkai.events.review.ReconsiderationConcluded;
import org.gongkai.events.review.ReconsiderationFiled;
import org.gongkai.events.review.ReviewResult;
import org.gongkai.query.intake.DirectFeed;
import org.gongkai.query.intake.WireRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The read models on real PostgreSQL, fed through the batch applier as the consumer feeds them, read over HTTP.
 * Each test uses agencies of its own.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gongkai.query.consumer.enabled=false")
class ReadModelsIT {

    /** Checks about writing and publishing the report, open on a report nobody has written or published. */
    static final java.util.Set<String> DRAFTING_CHECKS = java.util.Set.of("PUBLISHED_BY_DEADLINE", "NARRATIVE_PRESENT");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestInfrastructure.database("read_models_it", registry);
    }

    @Autowired
    DirectFeed feed;

    @Autowired
    TestRestTemplate http;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void countsAReceiptAndItsDecisionInTheAnnualTable() throws Exception {
        feed.publish(agency("a1", null), received("a1-app", "a1", "2024-03-04", ApplicantType.COMMERCIAL_ENTERPRISE));
        feed.publish(decided("a1-app", Outcome.DISCLOSED, "2024-03-20"));

        JsonNode report = get("/api/agencies/a1/reports/2024");

        assertThat(report.path("agencyId").asText()).isEqualTo("a1");
        assertThat(report.path("format").asText()).isEqualTo("2021");
        assertThat(row(report, "RECEIVED")).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L);
        assertThat(row(report, "DISCLOSED")).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L);
        assertThat(row(report, "TOTAL_HANDLED")).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 1L);
        assertThat(row(report, "CARRIED_FORWARD")).containsOnly(0L);
        assertThat(report.path("applications").path("rows")).hasSize(25);
        // every check on the numbers passes; the drafting checks (deadline, narrative) are about publishing
        assertThat(report.path("checks"))
                .filteredOn(
                        check -> !DRAFTING_CHECKS.contains(check.path("code").asText()))
                .allSatisfy(
                        check -> assertThat(check.path("passed").asBoolean()).isTrue());
    }

    @Test
    void neverCountsARedeliveredEventTwice() throws Exception {
        List<WireRecords.Wire> first = feed.publish(
                agency("dup", null), received("dup-app", "dup", "2024-05-06", ApplicantType.NATURAL_PERSON));
        List<WireRecords.Wire> decision = feed.publish(decided("dup-app", Outcome.UNAVAILABLE_NOT_HELD, "2024-05-10"));

        feed.deliver(first);
        feed.deliver(decision);
        feed.deliver(List.of(first.get(1), decision.get(0), first.get(1)));

        JsonNode report = get("/api/agencies/dup/reports/2024");
        assertThat(row(report, "RECEIVED")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
        assertThat(row(report, "UNAVAILABLE_NOT_HELD")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
    }

    @Test
    void carriesAnOpenApplicationIntoNextYearAndCountsItsJanuaryDecisionThere() throws Exception {
        feed.publish(agency("carry", null), received("carry-app", "carry", "2023-12-28", ApplicantType.NATURAL_PERSON));
        feed.publish(decided("carry-app", Outcome.PARTIALLY_DISCLOSED, "2024-01-15"));

        JsonNode y2023 = get("/api/agencies/carry/reports/2023");
        JsonNode y2024 = get("/api/agencies/carry/reports/2024");
        JsonNode q4 = get("/api/agencies/carry/statistics?year=2023&quarter=4");
        JsonNode q1 = get("/api/agencies/carry/statistics?year=2024&quarter=1");

        assertThat(row(y2023, "RECEIVED")).startsWith(1L);
        assertThat(row(y2023, "CARRIED_FORWARD")).startsWith(1L);
        assertThat(row(y2024, "CARRIED_OVER")).startsWith(1L);
        assertThat(row(y2024, "PARTIALLY_DISCLOSED")).startsWith(1L);
        assertThat(row(y2024, "CARRIED_FORWARD")).startsWith(0L);
        assertThat(row(q4, "CARRIED_FORWARD")).startsWith(1L);
        assertThat(row(q1, "CARRIED_OVER")).startsWith(1L);
        assertThat(q1.path("quarter").asInt()).isEqualTo(1);
        assertThat(check(y2024, "CARRY_OVER_CONTINUITY").path("passed").asBoolean())
                .isTrue();
    }

    @Test
    void aCorrectionMovesTheCountBetweenOutcomesAndQuartersInsteadOfAddingOne() throws Exception {
        feed.publish(agency("corr", null), received("corr-app", "corr", "2024-02-01", ApplicantType.NATURAL_PERSON));
        feed.publish(decided("corr-app", Outcome.DISCLOSED, "2024-02-20"));
        feed.publish(new DecisionCorrected(
                "corr-app", Outcome.WITHHELD_STATE_SECRET, LocalDate.parse("2024-04-02"), "wrong reason recorded"));

        JsonNode q1 = get("/api/agencies/corr/statistics?year=2024&quarter=1");
        JsonNode q2 = get("/api/agencies/corr/statistics?year=2024&quarter=2");
        JsonNode year = get("/api/agencies/corr/reports/2024");

        assertThat(row(q1, "DISCLOSED")).containsOnly(0L);
        assertThat(row(q1, "CARRIED_FORWARD")).startsWith(1L);
        assertThat(row(q2, "WITHHELD_STATE_SECRET")).startsWith(1L);
        assertThat(row(year, "TOTAL_HANDLED")).startsWith(1L);
        assertThat(row(year, "DISCLOSED")).containsOnly(0L);
    }

    @Test
    void aWithdrawalClosesTheApplicationAsOther() throws Exception {
        feed.publish(agency("wd", null), received("wd-app", "wd", "2024-06-03", ApplicantType.OTHER_ORGANIZATION));
        feed.publish(new ApplicationWithdrawn("wd-app", LocalDate.parse("2024-06-05")));

        JsonNode report = get("/api/agencies/wd/reports/2024");
        assertThat(row(report, "OTHER")).containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 1L);
        JsonNode detail = get("/api/applications/wd-app");
        assertThat(detail.path("status").asText()).isEqualTo("CLOSED");
        assertThat(detail.path("facts"))
                .extracting(f -> f.path("type").asText())
                .containsExactly("ApplicationReceived", "ApplicationWithdrawn");
    }

    @Test
    void countsReviewsInThePeriodOfConclusionAndPendingOnesAtPeriodEnd() throws Exception {
        feed.publish(
                agency("rev", null),
                new ReconsiderationFiled("rev-r1", "rev", null, LocalDate.parse("2023-11-20")),
                new LawsuitFiled("rev-l1", "rev", null, LawsuitRoute.DIRECT, null, LocalDate.parse("2024-03-01")),
                new LawsuitFiled(
                        "rev-l2",
                        "rev",
                        null,
                        LawsuitRoute.AFTER_RECONSIDERATION,
                        "rev-r1",
                        LocalDate.parse("2024-05-01")));
        feed.publish(
                new ReconsiderationConcluded("rev-r1", ReviewResult.CORRECTED, LocalDate.parse("2024-02-10")),
                new LawsuitConcluded("rev-l1", ReviewResult.UPHELD, LocalDate.parse("2024-06-30")));

        JsonNode y2023 = get("/api/agencies/rev/reports/2023").path("reviews");
        JsonNode y2024 = get("/api/agencies/rev/reports/2024").path("reviews");

        assertThat(y2023.path("RECONSIDERATION").path("PENDING").asLong()).isEqualTo(1);
        assertThat(y2023.path("RECONSIDERATION").path("TOTAL").asLong()).isEqualTo(1);
        assertThat(y2024.path("RECONSIDERATION").path("CORRECTED").asLong()).isEqualTo(1);
        assertThat(y2024.path("RECONSIDERATION").path("PENDING").asLong()).isZero();
        assertThat(y2024.path("LITIGATION_DIRECT").path("UPHELD").asLong()).isEqualTo(1);
        assertThat(y2024.path("LITIGATION_AFTER_RECONSIDERATION")
                        .path("PENDING")
                        .asLong())
                .isEqualTo(1);
        assertThat(y2024.path("LITIGATION_AFTER_RECONSIDERATION").path("TOTAL").asLong())
                .isEqualTo(1);
    }

    @Test
    void countsDocumentsTalliesAndFeesForTableTwo() throws Exception {
        feed.publish(
                agency("pro", null),
                new RegulatoryDocumentIssued(
                        "pro-d1", "pro", DocumentKind.NORMATIVE_DOCUMENT, "旧文件", null, LocalDate.parse("2015-06-01")),
                new RegulatoryDocumentIssued(
                        "pro-d2", "pro", DocumentKind.RULE, "新规章", null, LocalDate.parse("2024-02-01")),
                new DecisionTallyRecorded(
                        "pro-t1",
                        "pro",
                        TallyCategory.LICENSING,
                        LocalDate.parse("2024-01-01"),
                        LocalDate.parse("2024-03-31"),
                        447228),
                new AdministrativeFeesRecorded(
                        "pro-f1",
                        "pro",
                        LocalDate.parse("2024-07-01"),
                        LocalDate.parse("2024-09-30"),
                        new BigDecimal("242523110.82")));
        feed.publish(new RegulatoryDocumentRepealed("pro-d1", "pro", LocalDate.parse("2024-08-01")));

        JsonNode proactive = get("/api/agencies/pro/reports/2024").path("proactive");
        JsonNode before = get("/api/agencies/pro/reports/2023").path("proactive");

        assertThat(proactive.path("NORMATIVE_DOCUMENT").path("repealed").asLong())
                .isEqualTo(1);
        assertThat(proactive.path("NORMATIVE_DOCUMENT").path("inForce").asLong())
                .isZero();
        assertThat(before.path("NORMATIVE_DOCUMENT").path("inForce").asLong()).isEqualTo(1);
        assertThat(proactive.path("RULE").path("issued").asLong()).isEqualTo(1);
        assertThat(proactive.path("RULE").path("inForce").asLong()).isEqualTo(1);
        assertThat(proactive.path("LICENSING").asLong()).isEqualTo(447228);
        assertThat(proactive.path("administrativeFeesTenThousandYuan").asText()).isEqualTo("24252.311082");
    }

    @Test
    void sumsASubtreeWithTheTreeInForceAtThePeriodEnd() throws Exception {
        feed.publish(
                agency("city", null),
                agency("county", "city"),
                agency("town", "county"),
                agency("other", null),
                received("sub-1", "city", "2024-01-10", ApplicantType.NATURAL_PERSON),
                received("sub-2", "county", "2024-01-10", ApplicantType.NATURAL_PERSON),
                received("sub-3", "town", "2024-01-10", ApplicantType.RESEARCH_INSTITUTION),
                received("sub-4", "other", "2024-01-10", ApplicantType.NATURAL_PERSON));
        feed.publish(new AgencyMoved("other", "county", LocalDate.parse("2024-07-01")));

        JsonNode city = get("/api/agencies/city/reports/2024?scope=subtree");
        JsonNode cityQ1 = get("/api/agencies/city/statistics?year=2024&quarter=1&scope=subtree");
        JsonNode alone = get("/api/agencies/city/reports/2024");

        assertThat(row(city, "RECEIVED")).containsExactly(3L, 0L, 1L, 0L, 0L, 0L, 4L);
        assertThat(row(cityQ1, "RECEIVED")).containsExactly(2L, 0L, 1L, 0L, 0L, 0L, 3L);
        assertThat(row(alone, "RECEIVED")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 1L);
        assertThat(city.path("checks"))
                .filteredOn(c -> c.path("severity").asText().equals("ERROR"))
                .allSatisfy(c -> assertThat(c.path("passed").asBoolean()).isTrue());
    }

    @Test
    void listsOpenApplicationsSoonestDueFirst() throws Exception {
        feed.publish(
                agency("work", null),
                received("work-late", "work", "2024-03-01", ApplicantType.NATURAL_PERSON),
                received("work-soon", "work", "2024-02-01", ApplicantType.NATURAL_PERSON),
                received("work-done", "work", "2024-01-01", ApplicantType.NATURAL_PERSON));
        feed.publish(
                decided("work-done", Outcome.DISCLOSED, "2024-01-05"),
                new ExtensionGranted(
                        "work-late", LocalDate.parse("2024-03-10"), 20, "complex", LocalDate.parse("2024-04-26")));

        JsonNode open = get("/api/agencies/work/applications?status=open");

        assertThat(open).extracting(a -> a.path("applicationId").asText()).containsExactly("work-soon", "work-late");
        assertThat(open.get(1).path("dueOn").asText()).isEqualTo("2024-04-26");
        assertThat(open.get(0).path("workingDaysLeft").asLong()).isNegative();
        JsonNode detail = get("/api/applications/work-late");
        assertThat(detail.path("dueDateSteps")).hasSize(2);
    }

    @Test
    void explainsTheDueDateWithTheHolidaysItSkipped() throws Exception {
        // Received Friday 27 September 2024: National Day takes 1–7 October off, 29 September and 12 October are
        // make-up working days, so working day 20 is 30 October (国办发明电〔2023〕7号).
        feed.publish(
                agency("clock", null),
                new ApplicationReceived(
                        "clock-app",
                        "clock",
                        LocalDate.parse("2024-09-27"),
                        Channel.IN_PERSON,
                        ApplicantType.NATURAL_PERSON,
                        null,
                        LocalDate.parse("2024-10-30")));

        JsonNode explanation = get("/api/applications/clock-app").path("dueOnExplanation");

        assertThat(explanation.path("dueOn").asText()).isEqualTo("2024-10-30");
        assertThat(explanation.path("clock").asText()).isEqualTo("RUNNING");
        assertThat(explanation.path("lines"))
                .extracting(l -> l.path("kind").asText())
                .contains("RECEIPT", "HOLIDAYS_SKIPPED", "MAKE_UP_WORKDAYS_COUNTED", "DUE");
        assertThat(explanation.path("text").asText()).contains("国庆节");
    }

    @Test
    void listsTheOpenApplicationsWhoseDueDateTheLoadedCalendarMoved() throws Exception {
        // Recorded when 2027 still counted as plain weekdays: working day 20 after 15 December 2026 was 12 January
        // 2027. With the provisional 元旦 of 2027 it is 13 January; the recorded date stays and is listed.
        LocalDate received = LocalDate.parse("2026-12-15");
        feed.publish(
                agency("cal", null),
                new ApplicationReceived(
                        "cal-moved",
                        "cal",
                        received,
                        Channel.ONLINE,
                        ApplicantType.NATURAL_PERSON,
                        null,
                        LocalDate.parse("2027-01-12")),
                new ApplicationReceived(
                        "cal-kept",
                        "cal",
                        received,
                        Channel.ONLINE,
                        ApplicantType.NATURAL_PERSON,
                        null,
                        LocalDate.parse("2027-01-13")),
                new ApplicationReceived(
                        "cal-closed",
                        "cal",
                        received,
                        Channel.ONLINE,
                        ApplicantType.NATURAL_PERSON,
                        null,
                        LocalDate.parse("2027-01-12")));
        feed.publish(decided("cal-closed", Outcome.DISCLOSED, "2026-12-20"));

        JsonNode answer = get("/api/calendar/changes?agency=cal");

        assertThat(answer.path("coveredYears"))
                .extracting(JsonNode::asInt)
                .contains(2026)
                .doesNotContain(2027);
        assertThat(answer.path("changes")).hasSize(1);
        JsonNode change = answer.path("changes").get(0);
        assertThat(change.path("applicationId").asText()).isEqualTo("cal-moved");
        assertThat(change.path("recordedDueOn").asText()).isEqualTo("2027-01-12");
        assertThat(change.path("currentDueOn").asText()).isEqualTo("2027-01-13");
        assertThat(change.path("yearsWithoutSchedule"))
                .extracting(JsonNode::asInt)
                .containsExactly(2027);
        // never silently moved: the worklist still shows the recorded date
        assertThat(get("/api/agencies/cal/applications").findValuesAsText("dueOn"))
                .contains("2027-01-12");
        assertThat(get("/api/applications/cal-moved")
                        .path("dueOnExplanation")
                        .path("textEn")
                        .asText())
                .contains("No official holiday schedule for 2027")
                .contains("New Year's Day holiday 2027-01-01 is not counted");
    }

    @Test
    void answersProblemsForUnknownAgenciesAndBadPeriods() {
        feed.publish(agency("bad", null));

        ResponseEntity<String> unknown = http.getForEntity("/api/agencies/nobody/reports/2024", String.class);
        ResponseEntity<String> early = http.getForEntity("/api/agencies/bad/reports/2010", String.class);
        ResponseEntity<String> quarter =
                http.getForEntity("/api/agencies/bad/statistics?year=2024&quarter=5", String.class);
        ResponseEntity<String> scope = http.getForEntity("/api/agencies/bad/reports/2024?scope=world", String.class);
        ResponseEntity<String> notANumber = http.getForEntity("/api/agencies/bad/reports/abc", String.class);

        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(early.getStatusCode().value()).isEqualTo(400);
        assertThat(early.getBody()).contains("\"field\":\"year\"");
        assertThat(quarter.getStatusCode().value()).isEqualTo(400);
        assertThat(scope.getStatusCode().value()).isEqualTo(400);
        assertThat(notANumber.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void reproducesThePublishedPingtan2022ReportCellForCell() throws Exception {
        JsonNode published = json.readTree(getClass().getResourceAsStream("/reports/pingtan-2022.json"))
                .path("report");
        feed.publish(agency("pingtan", null));
        List<Record> events = new ArrayList<>();
        JsonNode counts = published.path("applications");
        ApplicantType[] types = ApplicantType.values();
        // Open applications to close: the carried-over ones first (received in 2021), then 2022's receipts.
        List<List<String>> open = new ArrayList<>();
        for (int c = 0; c < types.length; c++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < counts.path("CARRIED_OVER").get(c).asInt(); i++) {
                String id = "pt-co-" + c + "-" + i;
                events.add(received(id, "pingtan", "2021-12-15", types[c]));
                ids.add(id);
            }
            for (int i = 0; i < counts.path("RECEIVED").get(c).asInt(); i++) {
                String id = "pt-" + c + "-" + i;
                events.add(received(id, "pingtan", "2022-0" + (1 + i % 9) + "-10", types[c]));
                ids.add(id);
            }
            open.add(ids);
        }
        for (Outcome outcome : Outcome.values()) {
            for (int c = 0; c < types.length; c++) {
                for (int i = 0; i < counts.path(outcome.name()).get(c).asInt(); i++) {
                    events.add(decided(open.get(c).remove(0), outcome, "2022-12-0" + (1 + i % 9)));
                }
            }
        }
        JsonNode documents = published.path("proactive").path("NORMATIVE_DOCUMENT");
        int inForceBefore = documents.path("inForce").asInt()
                - documents.path("issued").asInt()
                + documents.path("repealed").asInt();
        for (int i = 0; i < inForceBefore; i++) {
            events.add(new RegulatoryDocumentIssued(
                    "pt-old-" + i,
                    "pingtan",
                    DocumentKind.NORMATIVE_DOCUMENT,
                    "文件",
                    null,
                    LocalDate.parse("2019-03-01")));
        }
        for (int i = 0; i < documents.path("issued").asInt(); i++) {
            events.add(new RegulatoryDocumentIssued(
                    "pt-new-" + i,
                    "pingtan",
                    DocumentKind.NORMATIVE_DOCUMENT,
                    "文件",
                    null,
                    LocalDate.parse("2022-06-01")));
        }
        for (int i = 0; i < documents.path("repealed").asInt(); i++) {
            events.add(new RegulatoryDocumentRepealed("pt-old-" + i, "pingtan", LocalDate.parse("2022-09-01")));
        }
        events.add(new DecisionTallyRecorded(
                "pt-lic",
                "pingtan",
                TallyCategory.LICENSING,
                LocalDate.parse("2022-01-01"),
                LocalDate.parse("2022-03-31"),
                published.path("proactive").path("LICENSING").asLong()));
        events.add(new DecisionTallyRecorded(
                "pt-pen",
                "pingtan",
                TallyCategory.PENALTY,
                LocalDate.parse("2022-04-01"),
                LocalDate.parse("2022-06-30"),
                published.path("proactive").path("PENALTY").asLong()));
        events.add(new AdministrativeFeesRecorded(
                "pt-fee",
                "pingtan",
                LocalDate.parse("2022-10-01"),
                LocalDate.parse("2022-12-31"),
                new BigDecimal(published
                                .path("proactive")
                                .path("administrativeFeesTenThousandYuan")
                                .asText())
                        .movePointRight(4)));
        events.add(new ReconsiderationFiled("pt-r1", "pingtan", null, LocalDate.parse("2022-03-01")));
        events.add(new ReconsiderationFiled("pt-r2", "pingtan", null, LocalDate.parse("2022-03-02")));
        events.add(new ReconsiderationConcluded("pt-r1", ReviewResult.CORRECTED, LocalDate.parse("2022-05-01")));
        events.add(new ReconsiderationConcluded("pt-r2", ReviewResult.OTHER, LocalDate.parse("2022-05-02")));
        events.add(
                new LawsuitFiled("pt-l1", "pingtan", null, LawsuitRoute.DIRECT, null, LocalDate.parse("2022-04-01")));
        events.add(new LawsuitConcluded("pt-l1", ReviewResult.UPHELD, LocalDate.parse("2022-10-01")));
        for (int from = 0; from < events.size(); from += 200) {
            feed.publish(
                    events.subList(from, Math.min(events.size(), from + 200)).toArray(Record[]::new));
        }

        JsonNode report = get("/api/agencies/pingtan/reports/2022");

        for (JsonNode row : report.path("applications").path("rows")) {
            assertThat(row.path("counts"))
                    .as(row.path("code").asText())
                    .isEqualTo(counts.path(row.path("code").asText()));
        }
        for (String group : List.of("RECONSIDERATION", "LITIGATION_DIRECT", "LITIGATION_AFTER_RECONSIDERATION")) {
            for (String cell : List.of("UPHELD", "CORRECTED", "OTHER", "PENDING", "TOTAL")) {
                assertThat(report.path("reviews").path(group).path(cell))
                        .as(group + "." + cell)
                        .isEqualTo(published.path("reviews").path(group).path(cell));
            }
        }
        assertThat(report.path("proactive")).isEqualTo(published.path("proactive"));
        assertThat(report.path("checks"))
                .filteredOn(c -> !DRAFTING_CHECKS.contains(c.path("code").asText()))
                .allSatisfy(c -> assertThat(c.path("passed").asBoolean()).isTrue());
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> answer = http.getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value())
                .as(path + ": " + answer.getBody())
                .isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    static List<Long> row(JsonNode report, String code) {
        for (JsonNode row : report.path("applications").path("rows")) {
            if (row.path("code").asText().equals(code)) {
                List<Long> counts = new ArrayList<>();
                row.path("counts").forEach(n -> counts.add(n.asLong()));
                return counts;
            }
        }
        throw new AssertionError("no row " + code);
    }

    static JsonNode check(JsonNode report, String code) {
        for (JsonNode check : report.path("checks")) {
            if (check.path("code").asText().equals(code)) {
                return check;
            }
        }
        throw new AssertionError("no check " + code);
    }

    static AgencyRegistered agency(String id, String parent) {
        return new AgencyRegistered(id, "机关 " + id, parent, AgencyLevel.COUNTY);
    }

    static ApplicationReceived received(String id, String agency, String on, ApplicantType type) {
        LocalDate receivedOn = LocalDate.parse(on);
        return new ApplicationReceived(id, agency, receivedOn, Channel.ONLINE, type, "预算公开", receivedOn.plusDays(28));
    }

    static DecisionRecorded decided(String id, Outcome outcome, String on) {
        return new DecisionRecorded(id, outcome, LocalDate.parse(on));
    }
}
