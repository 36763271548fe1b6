package org.gongkai.query.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.gongkai.events.agency.AgencyClosed;
import org.gongkai.events.agency.AgencyLevel;
import org.gongkai.events.agency.AgencyRegistered;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.ApplicationWithdrawn;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.DecisionCorrected;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.FeeScheme;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.application.ProcessingFeeNoticeIssued;
import org.gongkai.events.application.ProcessingFeePaid;
import org.gongkai.events.proactive.AdministrativeFeesRecorded;
import org.gongkai.events.proactive.DecisionTallyRecorded;
import org.gongkai.events.proactive.DocumentKind;
import org.gongkai.events.proactive.RegulatoryDocumentIssued;
import org.gongkai.events.proactive.RegulatoryDocumentRepealed;
import org.gongkai.events.proactive.TallyCategory;
import org.gongkai.events.report.NarrativeDrafted;
import org.gongkai.events.report.NarrativeSection;
import org.gongkai.events.report.ReportEvent;
import org.gongkai.events.review.LawsuitConcluded;
import org.gongkai.events.review.LawsuitFiled;
import org.gongkai.events.review.LawsuitRoute;
import org.gongkai.events.review.ReconsiderationConcluded;
import org.gongkai.events.review.ReconsiderationFiled;
import org.gongkai.events.review.ReviewResult;
import org.gongkai.query.TestInfrastructure;
import org.gongkai.query.intake.DirectFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Publication, amendment, "as of" and year end over HTTP on real PostgreSQL. The command service is a stand-in
 * that records publications like the Report aggregate and hands the events back through the batch applier, as
 * the outbox would; the write-forwarding filter is on, so it also shows that publication is not forwarded.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gongkai.query.consumer.enabled=false", "gongkai.report.year-end.enabled=false"})
class PublicationIT {

    static final FakeCommandService COMMANDS = new FakeCommandService();
    static final int YEAR = 2024;
    static final String DEADLINE_DAY = "2025-01-31T23:59:59+08:00";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestInfrastructure.database("publication_it", registry);
        registry.add("gongkai.command-service.url", COMMANDS::url);
    }

    @Autowired
    DirectFeed direct;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper mapper;

    TimedFeed feed;

    @BeforeEach
    void setUp() {
        feed = new TimedFeed(direct);
        COMMANDS.onPublished(event -> feed.now(event));
    }

    @Test
    void publishesAFrozenSnapshotThatALateDecisionNeverChangesAndAmendsItWithAReason() throws Exception {
        feed.recordedAt(
                "2024-03-01T09:00:00+08:00",
                new AgencyRegistered("pub", "托里县库普乡人民政府", null, AgencyLevel.TOWNSHIP),
                received("pub-1", "pub", "2024-12-20"));
        feed.now(new NarrativeDrafted(
                ReportEvent.reportId("pub", YEAR), "pub", YEAR, NarrativeSection.PROBLEMS, "一是答复规范性有待提高。\n二是培训不够。", 1));

        ResponseEntity<Map> first = post("/api/agencies/pub/reports/2024/publication", Map.of());
        String snapshot = COMMANDS.published("pub").get(0).snapshot();
        feed.now(new DecisionRecorded("pub-1", Outcome.DISCLOSED, LocalDate.parse("2024-12-30")));
        JsonNode live = json("/api/agencies/pub/reports/2024");
        ResponseEntity<String> frozen = get("/api/agencies/pub/reports/2024?version=published", "application/json");

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(first.getBody()).containsEntry("version", 1);
        assertThat(mapper.readTree(snapshot).path("narrative").path("PROBLEMS").asText())
                .startsWith("一是");
        assertThat(mapper.readTree(snapshot).has("publication")).isFalse();
        assertThat(frozen.getBody()).isEqualTo(snapshot);
        assertThat(get("/api/agencies/pub/reports/2024?version=1", "application/json")
                        .getBody())
                .isEqualTo(snapshot);
        JsonNode status = live.path("publication");
        assertThat(status.path("latestVersion").asInt()).isEqualTo(1);
        assertThat(status.path("publishedAt").asText()).isNotBlank();
        assertThat(status.path("changedSincePublication").asBoolean()).isTrue();
        assertThat(status.path("differences").toString())
                .contains(
                        "{\"table\":\"三\",\"row\":\"DISCLOSED\",\"column\":\"NATURAL_PERSON\",\"published\":\"0\",\"live\":\"1\"}")
                .contains(
                        "{\"table\":\"三\",\"row\":\"CARRIED_FORWARD\",\"column\":\"TOTAL\",\"published\":\"1\",\"live\":\"0\"}");

        ResponseEntity<Map> noReason = post("/api/agencies/pub/reports/2024/publication", Map.of());
        ResponseEntity<Map> amended = post("/api/agencies/pub/reports/2024/publication", Map.of("reason", "补录一件答复"));
        JsonNode afterAmendment = json("/api/agencies/pub/reports/2024");

        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(noReason.getBody()).containsEntry("field", "reason");
        assertThat(amended.getStatusCode().value()).isEqualTo(201);
        assertThat(amended.getBody()).containsEntry("version", 2);
        assertThat(get("/api/agencies/pub/reports/2024?version=1", "application/json")
                        .getBody())
                .isEqualTo(snapshot);
        assertThat(get("/api/agencies/pub/reports/2024?version=published", "application/json")
                        .getBody())
                .isEqualTo(COMMANDS.published("pub").get(1).snapshot());
        assertThat(afterAmendment.path("publication").path("latestVersion").asInt())
                .isEqualTo(2);
        assertThat(afterAmendment
                        .path("publication")
                        .path("changedSincePublication")
                        .asBoolean())
                .isFalse();
        assertThat(json("/api/agencies/pub/reports/2024/publications").toString())
                .contains("\"version\":1")
                .contains("\"reason\":\"补录一件答复\"");
    }

    @Test
    void rendersAPublishedVersionFromItsSnapshotWithTheStaffNarrativeAndTheFeeSentence() throws Exception {
        feed.recordedAt(
                "2024-03-01T09:00:00+08:00",
                new AgencyRegistered("doc", "托里县人民政府", null, AgencyLevel.COUNTY),
                received("doc-1", "doc", "2024-05-06"));
        feed.now(
                new NarrativeDrafted(
                        ReportEvent.reportId("doc", YEAR),
                        "doc",
                        YEAR,
                        NarrativeSection.OVERVIEW,
                        "2024年，本机关认真贯彻《条例》。",
                        1),
                new NarrativeDrafted(
                        ReportEvent.reportId("doc", YEAR),
                        "doc",
                        YEAR,
                        NarrativeSection.OTHER_MATTERS,
                        "无其他需要报告的事项。",
                        1));
        assertThat(post("/api/agencies/doc/reports/2024/publication", Map.of())
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        feed.now(new DecisionRecorded("doc-1", Outcome.DISCLOSED, LocalDate.parse("2024-05-20")));

        String publishedHtml =
                get("/api/agencies/doc/reports/2024?version=1", "text/html").getBody();
        String liveHtml = get("/api/agencies/doc/reports/2024", "text/html").getBody();
        ResponseEntity<byte[]> docx = http.exchange(
                "/api/agencies/doc/reports/2024.docx?version=published",
                HttpMethod.GET,
                new HttpEntity<>(headers("*/*")),
                byte[].class);
        ResponseEntity<String> csv = get("/api/agencies/doc/reports/2024.csv?version=1", "*/*");
        // kept to look at with docs/scripts/render-pdf.sh
        java.nio.file.Files.write(java.nio.file.Path.of("target", "published-doc-2024.docx"), docx.getBody());

        assertThat(publishedHtml)
                .contains("托里县人民政府政府信息公开工作2024年度报告", "2024年，本机关认真贯彻《条例》。", "收取信息处理费情况：无。", "无其他需要报告的事项。", "（待填写）")
                .doesNotContain("以上数字由系统根据本报告表格生成");
        assertThat(liveHtml).contains("2024年，本机关认真贯彻《条例》。");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getBody()))) {
            var received = doc.getTables().get(1).getRow(3).getTableCells();
            assertThat(received.get(received.size() - 1).getText()).isEqualTo("1");
            assertThat(doc.getParagraphs())
                    .extracting(XWPFParagraph::getText)
                    .anySatisfy(p -> assertThat(p).contains("2025年1月20日"));
        }
        assertThat(csv.getBody()).contains("RECEIVED");
        assertThat(get("/api/agencies/doc/reports/2024?version=7", "text/html")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    @Test
    void answersProblemsForVersionsThatDoNotExistAndForBadParameters() {
        feed.now(new AgencyRegistered("none", "未发布机关", null, AgencyLevel.COUNTY));

        ResponseEntity<String> unpublished =
                get("/api/agencies/none/reports/2024?version=published", "application/json");
        ResponseEntity<String> missing = get("/api/agencies/none/reports/2024?version=3", "application/json");
        ResponseEntity<String> word = get("/api/agencies/none/reports/2024?version=latest", "application/json");
        ResponseEntity<String> badAsOf = get("/api/agencies/none/reports/2024?asOf=yesterday", "application/json");
        ResponseEntity<String> both = get(
                "/api/agencies/none/reports/2024?version=1&asOf=" + DEADLINE_DAY.replace("+", "%2B"),
                "application/json");
        ResponseEntity<String> nobody = get("/api/agencies/nobody/reports/2024?version=published", "application/json");
        ResponseEntity<Map> thisYear = post(
                "/api/agencies/none/reports/"
                        + (LocalDate.now(org.gongkai.events.calendar.BusinessClock.china())
                                        .getYear()
                                + 1) + "/publication",
                Map.of());

        assertThat(unpublished.getStatusCode().value()).isEqualTo(404);
        assertThat(unpublished.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(unpublished.getBody()).contains("\"field\":\"version\"");
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(word.getStatusCode().value()).isEqualTo(400);
        assertThat(badAsOf.getStatusCode().value()).isEqualTo(400);
        assertThat(badAsOf.getBody()).contains("\"field\":\"asOf\"");
        assertThat(both.getStatusCode().value()).isEqualTo(400);
        assertThat(nobody.getStatusCode().value()).isEqualTo(404);
        assertThat(thisYear.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void answersWhatWeKnewOnDeadlineDayWhileTheLiveReportHasTheLateDecision() {
        feed.recordedAt("2024-01-02T09:00:00+08:00", new AgencyRegistered("late", "某县财政局", null, AgencyLevel.COUNTY));
        feed.recordedAt("2024-11-05T10:00:00+08:00", received("late-1", "late", "2024-11-05"));
        feed.recordedAt(
                "2024-06-03T10:00:00+08:00",
                new ReconsiderationFiled("late-r", "late", null, LocalDate.parse("2024-06-03")));
        // decided in December, but only entered on 3 February, after the 31 January deadline
        feed.recordedAt(
                "2025-02-03T09:00:00+08:00",
                new DecisionRecorded("late-1", Outcome.DISCLOSED, LocalDate.parse("2024-12-20")),
                new ReconsiderationConcluded("late-r", ReviewResult.UPHELD, LocalDate.parse("2024-12-10")));

        JsonNode onDeadline = json("/api/agencies/late/reports/2024?asOf=2025-01-31T23:59:59%2B08:00");
        JsonNode live = json("/api/agencies/late/reports/2024");

        assertThat(cell(onDeadline, "DISCLOSED")).isZero();
        assertThat(cell(onDeadline, "CARRIED_FORWARD")).isEqualTo(1);
        assertThat(onDeadline
                        .path("reviews")
                        .path("RECONSIDERATION")
                        .path("PENDING")
                        .asLong())
                .isEqualTo(1);
        assertThat(onDeadline.path("asOf").asText()).isEqualTo("2025-01-31T15:59:59Z");
        assertThat(cell(live, "DISCLOSED")).isEqualTo(1);
        assertThat(cell(live, "CARRIED_FORWARD")).isZero();
        assertThat(live.path("reviews").path("RECONSIDERATION").path("UPHELD").asLong())
                .isEqualTo(1);
        assertThat(live.has("asOf")).isFalse();
        assertThat(get("/api/agencies/late/reports/2024?asOf=2025-01-31T23:59:59%2B08:00", "text/html")
                        .getBody())
                .contains("结转下年度继续办理");
    }

    @Test
    void equalsTheLiveReportWhenAsOfIsNowOverEveryKindOfFactInASubtree() {
        feed.recordedAt(
                "2023-01-02T09:00:00+08:00",
                new AgencyRegistered("all", "某市人民政府", null, AgencyLevel.CITY),
                new AgencyRegistered("all-town", "某镇人民政府", "all", AgencyLevel.TOWNSHIP));
        feed.recordedAt(
                "2023-12-29T09:00:00+08:00",
                received("all-1", "all", "2023-12-28"),
                new ApplicationReceived(
                        "all-2",
                        "all-town",
                        LocalDate.parse("2024-02-01"),
                        Channel.IN_PERSON,
                        ApplicantType.COMMERCIAL_ENTERPRISE,
                        "预算",
                        LocalDate.parse("2024-03-01")),
                received("all-3", "all-town", "2024-04-01"),
                received("all-4", "all", "2024-09-09"),
                new RegulatoryDocumentIssued(
                        "all-d1", "all", DocumentKind.RULE, "规章", null, LocalDate.parse("2020-03-01")),
                new RegulatoryDocumentIssued(
                        "all-d2",
                        "all-town",
                        DocumentKind.NORMATIVE_DOCUMENT,
                        "办法",
                        null,
                        LocalDate.parse("2024-03-01")),
                new LawsuitFiled("all-l", "all", null, LawsuitRoute.DIRECT, null, LocalDate.parse("2023-10-01")));
        feed.now(
                new DecisionRecorded("all-1", Outcome.PARTIALLY_DISCLOSED, LocalDate.parse("2024-01-15")),
                new DecisionRecorded("all-2", Outcome.DISCLOSED, LocalDate.parse("2024-02-20")),
                new DecisionCorrected("all-2", Outcome.WITHHELD_STATE_SECRET, LocalDate.parse("2024-02-21"), "登记错误"),
                new ApplicationWithdrawn("all-3", LocalDate.parse("2024-04-05")),
                new ProcessingFeeNoticeIssued(
                        "all-4",
                        LocalDate.parse("2024-09-10"),
                        new BigDecimal("880.00"),
                        FeeScheme.PER_PAGE,
                        LocalDate.parse("2024-10-15")),
                new ProcessingFeePaid("all-4", LocalDate.parse("2024-09-20")),
                new RegulatoryDocumentRepealed("all-d1", "all", LocalDate.parse("2024-06-30")),
                new DecisionTallyRecorded(
                        "all-t",
                        "all-town",
                        TallyCategory.LICENSING,
                        LocalDate.parse("2024-07-01"),
                        LocalDate.parse("2024-09-30"),
                        447),
                new AdministrativeFeesRecorded(
                        "all-f",
                        "all",
                        LocalDate.parse("2024-04-01"),
                        LocalDate.parse("2024-06-30"),
                        new BigDecimal("12345.67")),
                new LawsuitConcluded("all-l", ReviewResult.CORRECTED, LocalDate.parse("2024-05-05")),
                new NarrativeDrafted(
                        ReportEvent.reportId("all", YEAR), "all", YEAR, NarrativeSection.OVERVIEW, "概况", 1));
        String now = java.time.OffsetDateTime.now().plusSeconds(1).toString().replace("+", "%2B");

        for (String scope : new String[] {"agency", "subtree"}) {
            ObjectNode live = (ObjectNode) json("/api/agencies/all/reports/2024?scope=" + scope);
            ObjectNode asOfNow = (ObjectNode) json("/api/agencies/all/reports/2024?scope=" + scope + "&asOf=" + now);
            asOfNow.remove("asOf");

            assertThat(asOfNow).isEqualTo(live);
        }
        JsonNode subtree = json("/api/agencies/all/reports/2024?scope=subtree");
        assertThat(subtree.path("proactive").path("LICENSING").asLong()).isEqualTo(447);
        assertThat(subtree.path("processingFees").path("totalYuan").asText()).isEqualTo("880");
        assertThat(cell(subtree, "WITHHELD_STATE_SECRET")).isEqualTo(1);
        assertThat(json("/api/agencies/all/statistics?year=2024&quarter=1&asOf=" + now)
                        .path("applications"))
                .isEqualTo(
                        json("/api/agencies/all/statistics?year=2024&quarter=1").path("applications"));
    }

    @Test
    void makesADraftForEveryReportingUnitAtYearEndAndListsTheUnpublishedWithTheirDeadlines() {
        feed.now(
                new AgencyRegistered("ye-county", "年终县政府", null, AgencyLevel.COUNTY),
                new AgencyRegistered("ye-town", "年终镇政府", "ye-county", AgencyLevel.TOWNSHIP),
                new AgencyRegistered("ye-gone", "年终撤销机关", null, AgencyLevel.COUNTY),
                new AgencyClosed("ye-gone", LocalDate.parse("2023-06-30")));

        ResponseEntity<Map> first = post("/api/admin/year-end?year=2024", Map.of());
        ResponseEntity<Map> again = post("/api/admin/year-end?year=2024", Map.of());
        assertThat(post("/api/agencies/ye-county/reports/2024/publication", Map.of())
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        JsonNode worklist = json("/api/reports/worklist?year=2024");

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat((Integer) first.getBody().get("draftsCreated")).isGreaterThanOrEqualTo(2);
        assertThat(again.getBody()).containsEntry("draftsCreated", 0);
        assertThat(COMMANDS.requests).noneMatch(r -> r.contains("year-end"));
        assertThat(worklist.toString())
                .doesNotContain("\"ye-county\"")
                .doesNotContain("\"ye-gone\"")
                .contains(
                        "{\"agencyId\":\"ye-town\",\"name\":\"年终镇政府\",\"level\":\"TOWNSHIP\",\"deadline\":\"2025-02-15\"");
        for (JsonNode entry : worklist) {
            if (entry.path("agencyId").asText().equals("ye-town")) {
                assertThat(entry.path("draft").asBoolean()).isTrue();
                assertThat(entry.path("overdue").asBoolean()).isTrue();
                // nothing written yet: the worklist names the sections assessors will mark down
                assertThat(entry.path("sectionsToWrite"))
                        .extracting(JsonNode::asText)
                        .containsExactly("一、总体情况缺失", "五、存在的主要问题及改进情况缺失", "六、其他需要报告的事项缺失");
            }
        }
        assertThat(post("/api/admin/year-end?year=2018", Map.of())
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
    }

    @Test
    void schedulesTheYearEndAtFiveMinutesPastMidnightOnNewYearsDayInShanghai() throws Exception {
        Method job = YearEnd.class.getDeclaredMethod("onNewYear");
        Scheduled scheduled = job.getAnnotation(Scheduled.class);
        String cron = scheduled.cron().replaceAll("\\$\\{[^:]+:(.*)}", "$1");
        String zone = scheduled.zone().replaceAll("\\$\\{[^:]+:(.*)}", "$1");

        ZonedDateTime next =
                CronExpression.parse(cron).next(ZonedDateTime.of(2025, 12, 31, 23, 0, 0, 0, ZoneId.of(zone)));

        assertThat(zone).isEqualTo("Asia/Shanghai");
        assertThat(next).isEqualTo(ZonedDateTime.of(2026, 1, 1, 0, 5, 0, 0, ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void flagsAReportNotPublishedByItsDeadline() {
        feed.now(new AgencyRegistered("slow", "迟发机关", null, AgencyLevel.DEPARTMENT));
        feed.now(new AgencyRegistered("slow-town", "迟发镇", null, AgencyLevel.TOWNSHIP));

        JsonNode unpublished = json("/api/agencies/slow/reports/2024");
        JsonNode onDeadline = json("/api/agencies/slow/reports/2024?asOf=" + DEADLINE_DAY.replace("+", "%2B"));
        assertThat(post("/api/agencies/slow-town/reports/2024/publication", Map.of())
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        JsonNode published = json("/api/agencies/slow-town/reports/2024");

        assertThat(check(unpublished, "PUBLISHED_BY_DEADLINE").path("passed").asBoolean())
                .isFalse();
        assertThat(check(unpublished, "PUBLISHED_BY_DEADLINE").path("severity").asText())
                .isEqualTo("WARNING");
        assertThat(check(unpublished, "PUBLISHED_BY_DEADLINE").path("message").asText())
                .contains("2025-01-31");
        assertThat(check(onDeadline, "PUBLISHED_BY_DEADLINE").path("passed").asBoolean())
                .isTrue();
        assertThat(check(published, "PUBLISHED_BY_DEADLINE").path("passed").asBoolean())
                .isTrue();
        assertThat(check(published, "PUBLISHED_BY_DEADLINE").path("message").asText())
                .contains("2025-02-15");
        assertThat(check(unpublished, "FEE_PARAGRAPH_PRESENT").path("passed").asBoolean())
                .isTrue();
    }

    private static JsonNode check(JsonNode report, String code) {
        for (JsonNode check : report.path("checks")) {
            if (check.path("code").asText().equals(code)) {
                return check;
            }
        }
        throw new AssertionError("no check " + code + " in " + report.path("checks"));
    }

    private static long cell(JsonNode report, String row) {
        for (JsonNode r : report.path("applications").path("rows")) {
            if (r.path("code").asText().equals(row)) {
                return r.path("counts").path(6).asLong();
            }
        }
        throw new AssertionError("no row " + row);
    }

    static ApplicationReceived received(String id, String agency, String on) {
        LocalDate receivedOn = LocalDate.parse(on);
        return new ApplicationReceived(
                id, agency, receivedOn, Channel.ONLINE, ApplicantType.NATURAL_PERSON, "预算公开", receivedOn.plusDays(28));
    }

    private JsonNode json(String path) {
        ResponseEntity<String> answer = get(path, "application/json");
        assertThat(answer.getStatusCode().value())
                .as("%s: %s", path, answer.getBody())
                .isEqualTo(200);
        try {
            return mapper.readTree(answer.getBody());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private ResponseEntity<String> get(String path, String accept) {
        return http.exchange(
                java.net.URI.create(http.getRootUri() + path),
                HttpMethod.GET,
                new HttpEntity<>(headers(accept)),
                String.class);
    }

    private ResponseEntity<Map> post(String path, Map<String, ?> body) {
        return http.postForEntity(path, body, Map.class);
    }

    private static HttpHeaders headers(String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, accept);
        return headers;
    }
}
