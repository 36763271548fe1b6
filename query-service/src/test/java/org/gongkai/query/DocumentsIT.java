package org.gongkai.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.gongkai.events.agency.AgencyLevel;
import org.gongkai.events.agency.AgencyRegistered;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.FeeScheme;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.application.ProcessingFeeNoticeIssued;
import org.gongkai.events.application.ProcessingFeePaid;
import org.gongkai.query.intake.DirectFeed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The rendered reports over HTTP, on real PostgreSQL, fed through the batch applier as in {@link ReadModelsIT}. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gongkai.query.consumer.enabled=false")
class DocumentsIT {

    static final String KUPU = "托里县库普乡人民政府";
    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestInfrastructure.database("documents_it", registry);
    }

    @Autowired
    DirectFeed feed;

    @Autowired
    TestRestTemplate http;

    @Test
    void servesTheAllZeroTownshipReportAsHtmlToABrowser() {
        feed.publish(new AgencyRegistered("kupu", KUPU, "toli", AgencyLevel.TOWNSHIP));

        ResponseEntity<String> page = get(
                "/api/agencies/kupu/reports/2021",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
        assertThat(page.getHeaders().getContentType().getCharset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(page.getBody())
                .contains("<title>" + KUPU + "政府信息公开工作2021年度报告</title>", ">行政规范性文件<", "只计这一情形", "收取信息处理费情况：无。")
                .doesNotContain(">规范性文件<");
        assertThat(page.getBody().split("<tr class=\"data\">", -1)).hasSize(1 + 14 + 25 + 1);
    }

    @Test
    void stillAnswersJsonToJsonClients() {
        feed.publish(new AgencyRegistered("json", "机关 json", null, AgencyLevel.COUNTY));

        ResponseEntity<String> json = http.getForEntity("/api/agencies/json/reports/2024", String.class);
        ResponseEntity<String> any = get("/api/agencies/json/reports/2024", "*/*", String.class);

        assertThat(json.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON))
                .isTrue();
        assertThat(json.getBody()).contains("\"format\":\"2021\"");
        assertThat(any.getStatusCode().value()).isEqualTo(200);
        assertThat(any.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON))
                .isTrue();
    }

    @Test
    void downloadsTheDocxNamedAfterTheReportWithTheSubtreesNumbersAndFeesCountedOnce() throws Exception {
        feed.publish(
                new AgencyRegistered("toli", "托里县人民政府", null, AgencyLevel.COUNTY),
                new AgencyRegistered("kupu2", KUPU, "toli", AgencyLevel.TOWNSHIP),
                ReadModelsIT.received("doc-1", "toli", "2024-03-04", ApplicantType.NATURAL_PERSON),
                ReadModelsIT.received("doc-2", "kupu2", "2024-05-06", ApplicantType.COMMERCIAL_ENTERPRISE),
                ReadModelsIT.received("doc-3", "kupu2", "2024-12-20", ApplicantType.NATURAL_PERSON));
        var notice = feed.publish(
                ReadModelsIT.decided("doc-1", Outcome.DISCLOSED, "2024-03-20"),
                new ProcessingFeeNoticeIssued(
                        "doc-2",
                        LocalDate.parse("2024-05-20"),
                        new BigDecimal("1080.00"),
                        FeeScheme.PER_PAGE,
                        LocalDate.parse("2024-06-18")));
        var paid = feed.publish(
                new ProcessingFeePaid("doc-2", LocalDate.parse("2024-06-01")),
                ReadModelsIT.decided("doc-2", Outcome.DISCLOSED, "2024-06-10"));
        feed.deliver(notice);
        feed.deliver(paid);

        ResponseEntity<byte[]> docx = get("/api/agencies/toli/reports/2024.docx?scope=subtree", "*/*", byte[].class);

        assertThat(docx.getStatusCode().value()).isEqualTo(200);
        assertThat(docx.getHeaders().getContentType()).isEqualTo(DOCX);
        assertThat(filename(docx)).isEqualTo("托里县人民政府政府信息公开工作2024年度报告.docx");
        assertThat(docx.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment; filename=\"report-toli-2024.docx\"; filename*=UTF-8''");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getBody()))) {
            var three = doc.getTables().get(1);
            assertThat(three.getRow(3).getTableCells())
                    .extracting(XWPFTableCell::getText)
                    .endsWith("2", "1", "0", "0", "0", "0", "3");
            assertThat(three.getRow(27).getTableCells())
                    .extracting(XWPFTableCell::getText)
                    .endsWith("1", "0", "0", "0", "0", "0", "1");
            assertThat(doc.getParagraphs())
                    .extracting(XWPFParagraph::getText)
                    .anySatisfy(p -> assertThat(p).contains("共对1件政府信息公开申请收取信息处理费，合计1080元。"));
        }
        ResponseEntity<String> alone = get("/api/agencies/toli/reports/2024", "text/html", String.class);
        assertThat(alone.getBody()).contains("收取信息处理费情况：无。");
    }

    @Test
    void downloadsTheCsvWithItsBom() {
        feed.publish(
                new AgencyRegistered("csv", KUPU, null, AgencyLevel.TOWNSHIP),
                ReadModelsIT.received("csv-1", "csv", "2021-04-01", ApplicantType.LEGAL_SERVICE_AGENCY));

        ResponseEntity<byte[]> csv = get("/api/agencies/csv/reports/2021.csv", "*/*", byte[].class);

        assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv")))
                .isTrue();
        assertThat(filename(csv)).isEqualTo(KUPU + "政府信息公开工作2021年度报告.csv");
        assertThat(csv.getBody()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n三,,RECEIVED,一、本年新收政府信息公开申请数量,0,0,0,0,1,0,1\r\n");
    }

    @Test
    void rendersTheQuarterlyStatisticsInEveryFormat() throws Exception {
        feed.publish(
                new AgencyRegistered("qtr", KUPU, null, AgencyLevel.TOWNSHIP),
                ReadModelsIT.received("qtr-1", "qtr", "2024-02-01", ApplicantType.NATURAL_PERSON),
                ReadModelsIT.received("qtr-2", "qtr", "2024-05-01", ApplicantType.NATURAL_PERSON));

        ResponseEntity<String> html =
                get("/api/agencies/qtr/statistics?year=2024&quarter=2", "text/html", String.class);
        ResponseEntity<byte[]> docx = get("/api/agencies/qtr/statistics.docx?year=2024&quarter=2", "*/*", byte[].class);
        ResponseEntity<byte[]> csv = get("/api/agencies/qtr/statistics.csv?year=2024&quarter=2", "*/*", byte[].class);

        assertThat(html.getBody()).contains("政府信息公开统计报表（2024年第二季度）", "三、本年累计办理结果");
        assertThat(docx.getHeaders().getContentType()).isEqualTo(DOCX);
        assertThat(filename(docx)).isEqualTo(KUPU + "政府信息公开统计报表（2024年第二季度）.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getBody()))) {
            assertThat(doc.getTables()).hasSize(4);
            assertThat(doc.getTables().get(0).getRow(3).getCell(1).getText()).isEqualTo("1");
            assertThat(doc.getTables().get(2).getRow(3).getCell(1).getText()).isEqualTo("2");
        }
        assertThat(new String(csv.getBody(), StandardCharsets.UTF_8))
                .contains("三（本年累计）,,RECEIVED,一、本年累计新收政府信息公开申请数量,2,0,0,0,0,0,2");
    }

    @Test
    void answersProblemsForUnknownAgenciesInEveryFormat() {
        ResponseEntity<String> docx = get("/api/agencies/nobody/reports/2024.docx", "*/*", String.class);
        ResponseEntity<String> html = get("/api/agencies/nobody/reports/2024", "text/html", String.class);
        ResponseEntity<String> quarter =
                get("/api/agencies/nobody/statistics.csv?year=2024&quarter=9", "*/*", String.class);

        assertThat(docx.getStatusCode().value()).isEqualTo(404);
        assertThat(docx.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(html.getStatusCode().value()).isEqualTo(404);
        assertThat(quarter.getStatusCode().is4xxClientError()).isTrue();
    }

    private <T> ResponseEntity<T> get(String path, String accept, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, accept);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), type);
    }

    private static String filename(ResponseEntity<?> answer) {
        String disposition = answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
