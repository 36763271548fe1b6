package org.gongkai.query;

import static org.gongkai.query.ReadModelsIT.agency;
import static org.gongkai.query.ReadModelsIT.decided;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.ApplicationWithdrawn;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.proactive.DocumentKind;
import org.gongkai.events.proactive.RegulatoryDocumentIssued;
import org.gongkai.events.proactive.RegulatoryDocumentRepealed;
import org.gongkai.events.review.LawsuitFiled;
import org.gongkai.events.review.LawsuitRoute;
import org.gongkai.events.review.ReconsiderationConcluded;
import org.gongkai.events.review.ReconsiderationFiled;
import org.gongkai.events.review.ReviewResult;
import org.gongkai.query.intake.DirectFeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The endpoints the web UI adds (codes, dashboard, review cases) and the assets it is served with, over the real
 * read models on embedded PostgreSQL. "Today" is Wednesday 15 May 2024 in China, so the quarter is 2024 Q2 and
 * the week ends on Sunday 19 May.
 */
@SpringBootTest(properties = "gongkai.query.consumer.enabled=false")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiEndpointsIT {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @TestConfiguration
    static class FixedToday {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(ZonedDateTime.of(2024, 5, 15, 10, 0, 0, 0, CHINA).toInstant(), CHINA);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestInfrastructure.database("ui_endpoints_it", registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DirectFeed feed;

    @BeforeAll
    void feedACountyAndItsTownship() {
        feed.publish(
                agency("county", null),
                agency("town", "county"),
                agency("elsewhere", null),
                received("c-feb", "county", "2024-02-10", "2024-03-08", ApplicantType.NATURAL_PERSON),
                received("c-apr", "county", "2024-04-08", "2024-05-08", ApplicantType.COMMERCIAL_ENTERPRISE),
                received("c-due-friday", "county", "2024-05-06", "2024-05-17", ApplicantType.NATURAL_PERSON),
                received("c-late", "county", "2024-04-01", "2024-05-10", ApplicantType.NATURAL_PERSON),
                received("c-last-year", "county", "2023-12-20", "2024-01-19", ApplicantType.RESEARCH_INSTITUTION),
                received("t-may", "town", "2024-05-13", "2024-06-11", ApplicantType.OTHER_ORGANIZATION),
                received("t-apr", "town", "2024-04-15", "2024-05-14", ApplicantType.NATURAL_PERSON),
                received("e-may", "elsewhere", "2024-05-13", "2024-05-16", ApplicantType.NATURAL_PERSON));
        feed.publish(
                decided("c-feb", Outcome.DISCLOSED, "2024-03-01"),
                decided("c-apr", Outcome.WITHHELD_STATE_SECRET, "2024-05-06"),
                new ApplicationWithdrawn("t-apr", LocalDate.parse("2024-04-20")));
    }

    @Test
    void answersEveryCodeListInContractOrderWithTheOfficialLabels() throws Exception {
        mvc.perform(get("/api/codes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicantTypes[*].code")
                        .value(contains(
                                "NATURAL_PERSON",
                                "COMMERCIAL_ENTERPRISE",
                                "RESEARCH_INSTITUTION",
                                "PUBLIC_INTEREST_ORGANIZATION",
                                "LEGAL_SERVICE_AGENCY",
                                "OTHER_ORGANIZATION")))
                .andExpect(jsonPath("$.applicantTypes[0].label").value("自然人"))
                .andExpect(jsonPath("$.channels", hasSize(8)))
                .andExpect(jsonPath("$.outcomes", hasSize(21)))
                .andExpect(jsonPath("$.outcomes[2].code").value("WITHHELD_STATE_SECRET"))
                .andExpect(jsonPath("$.outcomes[2].label").value("1.属于国家秘密"))
                .andExpect(jsonPath("$.outcomes[2].group").value("WITHHELD"))
                .andExpect(jsonPath("$.narrativeSections[*].code")
                        .value(contains("OVERVIEW", "PROBLEMS", "OTHER_MATTERS")))
                .andExpect(jsonPath("$.narrativeSections[2].label").value("六、其他需要报告的事项"))
                .andExpect(jsonPath("$.outcomes[20].code").value("OTHER"))
                .andExpect(jsonPath("$.outcomeGroups[2].label").value("（三）不予公开"))
                .andExpect(jsonPath("$.reviewResults[*].code").value(contains("UPHELD", "CORRECTED", "OTHER")))
                .andExpect(jsonPath("$.consultationParties", hasSize(2)))
                .andExpect(jsonPath("$.feeSchemes", hasSize(2)))
                .andExpect(jsonPath("$.lawsuitRoutes", hasSize(2)))
                .andExpect(jsonPath("$.documentKinds[1].label").value("行政规范性文件"))
                .andExpect(jsonPath("$.channels[0].group").doesNotExist());
    }

    @Test
    void countsTheCurrentQuarterTheYearToDateAndTheOpenWorkloadOfOneAgency() throws Exception {
        mvc.perform(get("/api/agencies/county/dashboard"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.today").value("2024-05-15"))
                .andExpect(jsonPath("$.scope").value("agency"))
                .andExpect(jsonPath("$.currentQuarter.quarter").value(2))
                .andExpect(jsonPath("$.currentQuarter.received").value(3))
                .andExpect(jsonPath("$.currentQuarter.closed").value(1))
                .andExpect(jsonPath("$.currentQuarter.closedByGroup.WITHHELD").value(1))
                .andExpect(jsonPath("$.currentQuarter.closedByGroup.DISCLOSED").value(0))
                .andExpect(jsonPath("$.yearToDate.received").value(4))
                .andExpect(jsonPath("$.yearToDate.closed").value(2))
                .andExpect(jsonPath("$.yearToDate.closedByGroup.DISCLOSED").value(1))
                .andExpect(jsonPath("$.open").value(3))
                .andExpect(jsonPath("$.overdue").value(2))
                .andExpect(jsonPath("$.dueThisWeek").value(1))
                .andExpect(jsonPath("$.receiptsByMonth").value(contains(0, 1, 0, 2, 1, 0, 0, 0, 0, 0, 0, 0)))
                .andExpect(
                        jsonPath("$.outcomesYearToDate.WITHHELD_STATE_SECRET").value(1))
                .andExpect(jsonPath("$.outcomesYearToDate.OTHER").value(0));
    }

    @Test
    void sumsTheDashboardOverTheSubtreeButNotOverOtherAgencies() throws Exception {
        mvc.perform(get("/api/agencies/county/dashboard?scope=subtree"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("subtree"))
                .andExpect(jsonPath("$.currentQuarter.received").value(5))
                .andExpect(jsonPath("$.currentQuarter.closed").value(2))
                .andExpect(jsonPath("$.currentQuarter.closedByGroup.OTHER").value(1))
                .andExpect(jsonPath("$.open").value(4))
                .andExpect(jsonPath("$.overdue").value(2))
                .andExpect(jsonPath("$.dueThisWeek").value(1))
                .andExpect(jsonPath("$.receiptsByMonth[3]").value(3))
                .andExpect(jsonPath("$.receiptsByMonth[4]").value(2));
    }

    @Test
    void refusesAnUnknownScopeOrAgencyWithAProblem() throws Exception {
        mvc.perform(get("/api/agencies/county/dashboard?scope=world"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.field").value("scope"));
        mvc.perform(get("/api/agencies/nobody/dashboard"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("agencyId"));
    }

    @Test
    void listsReviewCasesPendingFirst() throws Exception {
        feed.publish(
                agency("court", null),
                new ReconsiderationFiled("court-r", "court", null, LocalDate.parse("2024-01-10")),
                new LawsuitFiled("court-l", "court", null, LawsuitRoute.DIRECT, null, LocalDate.parse("2024-02-01")));
        feed.publish(new ReconsiderationConcluded("court-r", ReviewResult.UPHELD, LocalDate.parse("2024-03-01")));

        mvc.perform(get("/api/agencies/court/review-cases"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].caseId").value(contains("court-l", "court-r")))
                .andExpect(jsonPath("$[0].kind").value("LITIGATION_DIRECT"))
                .andExpect(jsonPath("$[1].result").value("UPHELD"))
                .andExpect(jsonPath("$[1].concludedOn").value("2024-03-01"));
    }

    @Test
    void listsAnAgencysRegulatoryDocumentsInForceFirstForTheRepealForm() throws Exception {
        feed.publish(
                agency("rules", null),
                new RegulatoryDocumentIssued(
                        "rules-old",
                        "rules",
                        DocumentKind.NORMATIVE_DOCUMENT,
                        "旧办法",
                        "托政发〔2015〕3号",
                        LocalDate.parse("2015-06-01")),
                new RegulatoryDocumentIssued(
                        "rules-new", "rules", DocumentKind.RULE, "新规章", null, LocalDate.parse("2024-02-01")));
        feed.publish(new RegulatoryDocumentRepealed("rules-new", "rules", LocalDate.parse("2024-04-01")));

        mvc.perform(get("/api/agencies/rules/regulatory-documents"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].documentId").value(contains("rules-old", "rules-new")))
                .andExpect(jsonPath("$[0].documentNumber").value("托政发〔2015〕3号"))
                .andExpect(jsonPath("$[0].repealedOn").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$[1].kind").value("RULE"))
                .andExpect(jsonPath("$[1].repealedOn").value("2024-04-01"));
    }

    @Test
    void servesTheWebUiAndEChartsFromTheApplication() throws Exception {
        // the chart library is loaded by the dashboard's charts only (issue 20) and kept: its URL is versioned
        mvc.perform(get("/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("echarts"))));
        mvc.perform(get("/js/screens/dashboard-charts.js"))
                .andExpect(content().string(containsString("webjars/echarts/6.1.0/dist/echarts.common.min.js")));
        mvc.perform(get("/webjars/echarts/6.1.0/dist/echarts.common.min.js"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("immutable")));
        mvc.perform(get("/js/app.js"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache"));
        mvc.perform(get("/favicon.ico"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age")));
    }

    static ApplicationReceived received(String id, String agency, String on, String dueOn, ApplicantType type) {
        return new ApplicationReceived(
                id, agency, LocalDate.parse(on), Channel.IN_PERSON, type, null, LocalDate.parse(dueOn));
    }
}
