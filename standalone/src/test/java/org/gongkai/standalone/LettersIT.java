package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A clerk's path through the paperwork of a case on the whole stack (issue 16): the agency's letter settings,
 * intake with an applicant key, a decision, the letters' numbers (the same number when asked again), the answer
 * rendered for a named addressee, the repeat hint and the fee quote; then the privacy scan: neither the raw key
 * nor the addressee is in the event store, the Kafka topic, any read table or the log output.
 */
@ExtendWith(OutputCaptureExtension.class)
class LettersIT extends RunningStack {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    /** A resident ID number with a valid check digit, typed two ways by two clerks. */
    private static final String KEY = "440304198506153216";

    private static final String KEY_TYPED_AGAIN = "440304 19850615 3216";
    private static final String ADDRESSEE = "欧阳明月";

    @Test
    void aClerksPathFromIntakeToTheAnswerLeavesNoKeyAndNoAddresseeBehind(CapturedOutput logs) throws Exception {
        String agency = "kupu-" + RUN;
        frontDoor.post("/api/agencies", Map.of("agencyId", agency, "name", "库普乡"));
        frontDoor.post(
                "/api/agencies/" + agency + "/letter-settings",
                Map.of(
                        "letterheadName", "托里县库普乡人民政府",
                        "documentNumberPrefix", "库普依申请公开",
                        "officeAddress", "库普乡团结路1号",
                        "officeHours", "工作日9:30至13:30",
                        "reconsiderationBody", "托里县人民政府",
                        "court", "托里县人民法院"));
        LocalDate received = TODAY.withDayOfMonth(1);
        String first = "letters-a1-" + RUN;
        String second = "letters-a2-" + RUN;
        frontDoor.post("/api/applications", intake(first, received, "2025年度村级财务公开情况", KEY));
        frontDoor.post("/api/applications", intake(second, received, "2025年度村级财务收支明细", KEY_TYPED_AGAIN));
        frontDoor.post(
                "/api/applications/" + second + "/decision",
                Map.of("outcome", "WITHHELD_PROCESS_INFORMATION", "decidedOn", TODAY.toString()));

        JsonNode answerNumber = number(second, "ANSWER");
        assertThat(number(second, "ANSWER")).as("the same letter asks again").isEqualTo(answerNumber);
        assertThat(answerNumber.path("sequence").asInt()).isEqualTo(1);
        assertThat(number(first, "RECEIPT").path("sequence").asInt()).isEqualTo(1);
        assertThat(number(second, "RECEIPT").path("sequence").asInt()).isEqualTo(2);
        assertThat(frontDoor
                        .send("/api/applications/" + second + "/letters/MEMO/number", Map.of())
                        .statusCode())
                .isEqualTo(400);

        String answerNo = "库普依申请公开答〔" + TODAY.getYear() + "〕第1号";
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(JSON.readTree(frontDoor
                                .fetch("/api/applications/" + second + "/letters")
                                .body()))
                        .anySatisfy(letter -> {
                            assertThat(letter.path("kind").asText()).isEqualTo("ANSWER");
                            assertThat(letter.path("number").asText()).isEqualTo(answerNo);
                        }));

        HttpResponse<byte[]> docx = get("/api/applications/" + second + "/letters/ANSWER.docx?addressee="
                + URLEncoder.encode(ADDRESSEE, StandardCharsets.UTF_8));
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        String text = docxText(docx.body());
        assertThat(text)
                .contains(ADDRESSEE + "：", answerNo, "托里县库普乡人民政府", chinese(TODAY), chinese(received))
                .contains("第十六条第二款、第三十六条第（三）项")
                .contains("向托里县人民政府申请行政复议；对行政复议决定不服的", "向托里县人民法院提起行政诉讼");
        HttpResponse<byte[]> html = get("/api/applications/" + second + "/letters/RECEIPT.html");
        assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains("库普依申请公开受〔" + TODAY.getYear() + "〕第2号");
        assertThat(get("/api/applications/" + second + "/letters/FEE_NOTICE.docx")
                        .statusCode())
                .as("no fee notice was recorded")
                .isEqualTo(404);

        JsonNode applicant = JSON.readTree(
                frontDoor.fetch("/api/applications/" + second + "/applicant").body());
        assertThat(applicant.path("keyed").asBoolean()).isTrue();
        assertThat(applicant.path("nthThisMonth").asInt()).isEqualTo(2);
        assertThat(applicant.path("earlier").get(0).path("subject").asText()).isEqualTo("2025年度村级财务公开情况");
        assertThat(JSON.readTree(frontDoor
                                .fetch("/api/processing-fees/quote?method=PER_PAGE&pages=250")
                                .body())
                        .path("amountYuan")
                        .asText())
                .isEqualTo("4700.00");
        assertThat(frontDoor
                        .fetch("/api/processing-fees/quote?method=PER_PAGE&pages=-1")
                        .statusCode())
                .isEqualTo(400);

        List<String> stored = everythingStored();
        assertThat(stored)
                .as("events, Kafka records and read models")
                .isNotEmpty()
                .noneMatch(t -> t.contains(KEY) || t.contains("19850615") || t.contains(ADDRESSEE));
        assertThat(logs.toString()).as("log output").doesNotContain(KEY, "19850615", ADDRESSEE);
    }

    private static Map<String, Object> intake(String id, LocalDate received, String subject, String key) {
        return Map.of(
                "applicationId",
                id,
                "agencyId",
                "kupu-" + RUN,
                "receivedOn",
                received.toString(),
                "channel",
                "ONLINE",
                "applicantType",
                "NATURAL_PERSON",
                "subject",
                subject,
                "applicantKey",
                key);
    }

    private static JsonNode number(String application, String kind) throws Exception {
        HttpResponse<String> answer =
                frontDoor.send("/api/applications/" + application + "/letters/" + kind + "/number", Map.of());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(answer.body());
        return JSON.createObjectNode()
                .put("year", body.path("year").asInt())
                .put("sequence", body.path("sequence").asInt());
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(stack.url() + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(("admin:"
                                                                + stack.adminPassword()
                                                                        .orElseThrow())
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static List<String> everythingStored() {
        List<String> stored = new ArrayList<>();
        JdbcTemplate eventStore = stack.commandService().getBean(JdbcTemplate.class);
        stored.addAll(eventStore.queryForList(
                "select convert_from(payload, 'UTF8') || ' ' "
                        + "|| coalesce(convert_from(metadata, 'UTF8'), '') || ' ' || aggregateidentifier "
                        + "from domainevententry",
                String.class));
        for (String table : eventStore.queryForList(
                "select table_name from information_schema.tables "
                        + "where table_schema = 'public' and table_type = 'BASE TABLE'",
                String.class)) {
            stored.addAll(eventStore.queryForList("select t::text from " + table + " t", String.class));
        }
        stored.addAll(KafkaTopic.everyRecord(stack.infrastructure().kafka().bootstrapServers(), "gongkai.events"));
        JdbcTemplate queryDatabase = stack.queryService().getBean(JdbcTemplate.class);
        for (String table : queryDatabase.queryForList(
                "select table_name from information_schema.tables "
                        + "where table_schema = 'public' and table_type = 'BASE TABLE'",
                String.class)) {
            stored.addAll(queryDatabase.queryForList("select t::text from " + table + " t", String.class));
        }
        return stored;
    }
}
