package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The register import (ADR 0024) through the front door on the whole real stack: a register of 20,000 rows
 * recorded and counted in table 三, a file with bad rows listed row by row by a dry run that records nothing,
 * re-uploads that record nothing twice, the templates, and the agency's write scope.
 */
class RegisterImportIT extends RunningStack {

    private static final int ROWS = 20_000;
    private static final String HEADER = "收到日期,申请方式,申请人类型,申请内容,办结日期,办理结果\r\n";
    private static final String PASSWORD = "import-test-password-1";

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void importsARegisterOf20000RowsAndCountsEveryRowInTableThree() throws Exception {
        String agency = frontDoor.register("平潭综合实验区管委会");
        ApplicantType[] types = ApplicantType.values();
        Channel[] channels = Channel.values();
        Outcome[] outcomes = Outcome.values();
        int[] received = new int[types.length];
        int[] disclosed = new int[types.length];
        int open = 0;
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < ROWS; i++) {
            int type = (i * 7) % types.length;
            LocalDate receivedOn = LocalDate.of(YEAR, 1, 1).plusDays(i % 300);
            received[type]++;
            // labels in odd rows, codes in even rows: a register may mix both
            csv.append(receivedOn)
                    .append(',')
                    .append(i % 2 == 0 ? channels[i % channels.length].name() : channels[i % channels.length].label())
                    .append(',')
                    .append(i % 2 == 0 ? types[type].name() : types[type].label())
                    .append(',')
                    .append(i % 10 == 0 ? "第" + i + "号申请：某路段规划许可信息" : "");
            if (i % 20 == 19) {
                open++;
                csv.append(",,\r\n");
                continue;
            }
            Outcome outcome = outcomes[i % 3 == 0 ? 0 : (i % outcomes.length)];
            if (outcome == Outcome.DISCLOSED) {
                disclosed[type]++;
            }
            csv.append(',')
                    .append(receivedOn.plusDays(10))
                    .append(',')
                    .append(outcome.name())
                    .append("\r\n");
        }
        byte[] file = csv.toString().getBytes(Charset.forName("GB18030"));

        JsonNode dryRun = FrontDoor.json(
                upload(agency, file, "dryRun=true", "admin", adminPassword()).body());
        assertThat(dryRun.path("rows").asInt()).isEqualTo(ROWS);
        assertThat(dryRun.path("accepted").asInt()).isEqualTo(ROWS);
        assertThat(dryRun.path("errors").size()).isZero();

        long started = System.nanoTime();
        HttpResponse<String> real = upload(agency, file, "dryRun=false&progressId=big", "admin", adminPassword());
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("RegisterImportIT: %d rows imported through the front door in %d s%n", ROWS, seconds);
        assertThat(real.statusCode()).as(real.body()).isEqualTo(200);
        JsonNode answer = FrontDoor.json(real.body());
        assertThat(answer.path("accepted").asInt()).as(real.body()).isEqualTo(ROWS);
        assertThat(answer.path("rejected").asInt()).isZero();
        JsonNode progress = frontDoor.get("/api/imports/progress/big");
        assertThat(progress.path("done").asInt()).isEqualTo(ROWS);
        assertThat(progress.path("finished").asBoolean()).isTrue();

        List<Integer> expectedReceived = withTotal(received);
        List<Integer> expectedDisclosed = withTotal(disclosed);
        int stillOpen = open;
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    assertThat(frontDoor.row(agency, YEAR, "RECEIVED")).isEqualTo(expectedReceived);
                    assertThat(frontDoor.row(agency, YEAR, "DISCLOSED")).isEqualTo(expectedDisclosed);
                    assertThat(frontDoor.total(agency, YEAR, "CARRIED_FORWARD")).isEqualTo(stillOpen);
                });
    }

    /**
     * Rows are recorded in chunks that commit together (ADR 0051): a row the command side refuses in the middle of
     * a chunk is rolled back alone, and the rows before and after it in the same chunk are recorded.
     */
    @Test
    void aRowTheCommandSideRefusesLeavesTheRestOfItsChunkRecorded() throws Exception {
        String agency = frontDoor.register("库普乡卫生院");
        String before = HEADER
                + YEAR + "-03-02,ONLINE,NATURAL_PERSON,," + YEAR + "-03-10,DISCLOSED\r\n"
                + YEAR + "-03-03,ONLINE,NATURAL_PERSON,,,\r\n";
        // the same two receipts, the open one decided now, the closed one with another decision (refused); and a
        // new row behind them
        String after = HEADER
                + YEAR + "-03-03,ONLINE,NATURAL_PERSON,," + YEAR + "-03-12,DISCLOSED\r\n"
                + YEAR + "-03-02,ONLINE,NATURAL_PERSON,," + YEAR + "-03-10,WITHHELD_STATE_SECRET\r\n"
                + YEAR + "-03-04,ONLINE,NATURAL_PERSON,," + YEAR + "-03-13,DISCLOSED\r\n";

        JsonNode first = FrontDoor.json(upload(agency, bytes(before), "dryRun=false", "admin", adminPassword())
                .body());
        assertThat(first.path("accepted").asInt()).as(first.toString()).isEqualTo(2);
        JsonNode second = FrontDoor.json(upload(agency, bytes(after), "dryRun=false", "admin", adminPassword())
                .body());

        assertThat(second.path("accepted").asInt()).as(second.toString()).isEqualTo(2);
        assertThat(second.path("rejected").asInt()).isEqualTo(1);
        assertThat(errors(second))
                .singleElement()
                .satisfies(error -> assertThat(error).startsWith("3 ").endsWith(" ApplicationClosed"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(frontDoor.total(agency, YEAR, "RECEIVED")).isEqualTo(3);
            assertThat(frontDoor.total(agency, YEAR, "DISCLOSED")).isEqualTo(3);
            assertThat(frontDoor.total(agency, YEAR, "WITHHELD_STATE_SECRET")).isZero();
            assertThat(frontDoor.total(agency, YEAR, "CARRIED_FORWARD")).isZero();
        });
    }

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void listsEveryBadRowInADryRunRecordsNothingThenRecordsTheGoodRowsOnce() throws Exception {
        String agency = frontDoor.register("库普乡人民政府");
        byte[] workbook = workbook(List.of(
                List.of("收到日期", "申请方式", "申请人类型", "申请内容", "办结日期", "办理结果"),
                List.of(YEAR + "-02-01", "当面", "自然人", "", YEAR + "-02-10", "予以公开"),
                List.of(YEAR + "-02-02", "ONLINE", "COMMERCIAL_ENTERPRISE", "", "", ""),
                List.of(YEAR + "-02-03", "飞鸽传书", "自然人", "", "", ""),
                List.of(YEAR + "-02-04", "ONLINE", "NATURAL_PERSON", "请回电13812345678", "", ""),
                List.of(YEAR + "/2/5", "邮寄", "科研机构", "", YEAR + "-02-01", "DISCLOSED"),
                // a week after today by the business clock: future however long the suite has run
                List.of(
                        java.time.LocalDate.now(org.gongkai.events.calendar.BusinessClock.china())
                                .plusWeeks(1)
                                .toString(),
                        "ONLINE",
                        "NATURAL_PERSON",
                        "",
                        "",
                        ""),
                List.of(YEAR + "年2月7日", "传真", "其他", "某文件", YEAR + "-03-01", "1.属于国家秘密")));

        HttpResponse<String> dry = upload(agency, workbook, "dryRun=true", "admin", adminPassword());
        assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
        JsonNode dryRun = FrontDoor.json(dry.body());
        assertThat(dryRun.path("rows").asInt()).isEqualTo(7);
        assertThat(dryRun.path("accepted").asInt()).isEqualTo(3);
        assertThat(dryRun.path("rejected").asInt()).isEqualTo(4);
        assertThat(errors(dryRun))
                .containsExactly(
                        "4 申请方式 UnknownCode",
                        "5 申请内容 NO_PERSONAL_DATA",
                        "6 办结日期 DateBeforeReceipt",
                        "7 收到日期 BusinessDateInFuture");
        assertThat(dry.body()).doesNotContain("13812345678");

        JsonNode first = FrontDoor.json(upload(agency, workbook, "dryRun=false", "admin", adminPassword())
                .body());
        JsonNode again = FrontDoor.json(upload(agency, workbook, "dryRun=false", "admin", adminPassword())
                .body());
        assertThat(first.path("accepted").asInt()).isEqualTo(3);
        assertThat(errors(first)).isEqualTo(errors(dryRun));
        assertThat(again.path("accepted").asInt()).isEqualTo(3);

        // one more fact through the API: once it is counted, everything recorded before it is counted too
        frontDoor.post(
                "/api/applications",
                Map.of(
                        "applicationId",
                        UUID.randomUUID().toString(),
                        "agencyId",
                        agency,
                        "receivedOn",
                        YEAR + "-12-01",
                        "channel",
                        "ONLINE",
                        "applicantType",
                        "NATURAL_PERSON"));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() ->
                        assertThat(frontDoor.row(agency, YEAR, "RECEIVED")).isEqualTo(List.of(2, 1, 0, 0, 0, 1, 4)));
        assertThat(frontDoor.total(agency, YEAR, "DISCLOSED")).isEqualTo(1);
        assertThat(frontDoor.total(agency, YEAR, "WITHHELD_STATE_SECRET")).isEqualTo(1);
    }

    @Test
    void letsOnlyAClerkOfTheAgencyOrAnAdministratorImportItsRegister() throws Exception {
        String own = frontDoor.register("铁厂沟镇人民政府");
        String other = frontDoor.register("额敏县人民政府");
        String clerk = "import-clerk-" + UUID.randomUUID().toString().substring(0, 8);
        frontDoor.post("/api/users", Map.of("username", clerk, "password", PASSWORD, "role", "CLERK", "agencyId", own));
        byte[] file = (HEADER + YEAR + "-05-06,ONLINE,NATURAL_PERSON,,,\r\n").getBytes(StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> upload(own, file, "dryRun=true", clerk, PASSWORD).statusCode() == 200);

        HttpResponse<String> elsewhere = upload(other, file, "dryRun=true", clerk, PASSWORD);

        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(FrontDoor.json(elsewhere.body()).path("rule").asText()).isEqualTo("OwnAgencyOnly");
        assertThat(upload("no-such-agency", file, "dryRun=true", "admin", adminPassword())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void servesBothTemplatesWithTheChineseHeaders() throws Exception {
        HttpResponse<byte[]> xlsx = download("/api/imports/template.xlsx");
        HttpResponse<byte[]> csv = download("/api/imports/template.csv");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<String> header = new ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).startsWith("申请编号", "收到日期", "申请方式", "申请人类型", "申请内容", "办结日期", "办理结果");
        }
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                .startsWith("\uFEFF申请编号,收到日期,申请方式,申请人类型,申请内容,办结日期,办理结果");
    }

    private static List<String> errors(JsonNode answer) {
        List<String> errors = new ArrayList<>();
        answer.path("errors")
                .forEach(error -> errors.add(
                        error.path("row").asInt() + " " + error.path("column").asText() + " "
                                + error.path("rule").asText()));
        return errors;
    }

    private static List<Integer> withTotal(int[] counts) {
        List<Integer> row = new ArrayList<>();
        int total = 0;
        for (int count : counts) {
            row.add(count);
            total += count;
        }
        row.add(total);
        return row;
    }

    private static String adminPassword() {
        return stack.adminPassword().orElseThrow();
    }

    private HttpResponse<String> upload(String agency, byte[] file, String query, String username, String password)
            throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(stack.url() + "/api/agencies/" + agency + "/imports?" + query))
                        .header("Authorization", basic(username, password))
                        .header("Content-Type", "text/csv")
                        .timeout(Duration.ofMinutes(20))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(stack.url() + path))
                        .header("Authorization", basic("admin", adminPassword()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] workbook(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("登记簿");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
