package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scope at the level of content (issue 21 item 4), on the whole stack: status codes are SignInMatrixIT's; here
 * the question is what an answer that is allowed contains. For the clerk of one township and the supervisor of
 * one county, every list, stream event, dashboard figure, export (CSV, XLSX, DOCX) and report holds their own
 * agencies' data and nothing else. Each list is read by the administrator too, as a control: the data left out
 * for the clerk or the supervisor is there, so an empty answer cannot pass for a scoped one.
 *
 * <pre>
 * county C (1 application) ─┬─ township A (2)      other county O (4)
 *                           └─ township B (3)
 * the first application of each agency answered today, one reconsideration each
 * </pre>
 */
class ScopeContentStackIT extends RunningStack {

    private static final String PASSWORD = "scope-content-password-1";
    private static final LocalDate TODAY = LocalDate.now(org.gongkai.events.calendar.BusinessClock.china());
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static final String C = "scope-county-c";
    static final String A = "scope-township-a";
    static final String B = "scope-township-b";
    static final String O = "scope-county-o";
    static final Map<String, String> NAMES = Map.of(C, "托里县人民政府", A, "库普乡人民政府", B, "铁厂沟镇人民政府", O, "额敏县人民政府");
    static final Map<String, Integer> APPLICATIONS = Map.of(C, 1, A, 2, B, 3, O, 4);

    static final String CLERK = "scope-clerk-a";
    static final String SUPERVISOR = "scope-chief-c";

    private static final List<String> clerkStream = new CopyOnWriteArrayList<>();
    private static final List<String> supervisorStream = new CopyOnWriteArrayList<>();
    private static final List<String> adminStream = new CopyOnWriteArrayList<>();
    private static final List<CompletableFuture<?>> streams = new ArrayList<>();

    @BeforeAll
    static void twoCountiesAndTheirStaff() throws Exception {
        frontDoor.post("/api/agencies", Map.of("agencyId", C, "name", NAMES.get(C), "level", "COUNTY"));
        frontDoor.post("/api/agencies", Map.of("agencyId", A, "name", NAMES.get(A), "parentAgencyId", C));
        frontDoor.post("/api/agencies", Map.of("agencyId", B, "name", NAMES.get(B), "parentAgencyId", C));
        frontDoor.post("/api/agencies", Map.of("agencyId", O, "name", NAMES.get(O), "level", "COUNTY"));
        frontDoor.post("/api/users", Map.of("username", CLERK, "password", PASSWORD, "role", "CLERK", "agencyId", A));
        frontDoor.post(
                "/api/users",
                Map.of("username", SUPERVISOR, "password", PASSWORD, "role", "SUPERVISOR", "agencyId", C));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(get(CLERK, "/api/me").statusCode()).isEqualTo(200);
            assertThat(get(SUPERVISOR, "/api/me").statusCode()).isEqualTo(200);
        });
        streams.add(listen(CLERK, PASSWORD, clerkStream));
        streams.add(listen(SUPERVISOR, PASSWORD, supervisorStream));
        streams.add(listen("admin", stack.adminPassword().orElseThrow(), adminStream));
        // the streams are open before any fact: wait for each to say "connected"
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Stream.of(clerkStream, supervisorStream, adminStream)
                        .allMatch(lines -> lines.contains(":connected")));

        // facts outside both scopes first, then B (the supervisor's, not the clerk's), then C and A
        for (String agency : List.of(O, B, C, A)) {
            for (int i = 1; i <= APPLICATIONS.get(agency); i++) {
                frontDoor.post(
                        "/api/applications",
                        Map.of(
                                "applicationId",
                                agency + "-app-" + i,
                                "agencyId",
                                agency,
                                "receivedOn",
                                TODAY.toString(),
                                "channel",
                                "ONLINE",
                                "applicantType",
                                "NATURAL_PERSON"));
            }
            // the first one answered today: the supervision list shows answered ones (open ones only near their due
            // date)
            frontDoor.post(
                    "/api/applications/" + agency + "-app-1/decision",
                    Map.of("outcome", "DISCLOSED", "decidedOn", TODAY.toString()));
            frontDoor.post("/api/reconsiderations", Map.of("agencyId", agency, "filedOn", TODAY.toString()));
            if (agency.equals(B)) {
                // everything before A is delivered to every stream once the administrator has seen B and O
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> String.join("\n", adminStream).contains(O)
                                && String.join("\n", adminStream).contains(B));
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(String.join("\n", clerkStream)).contains(A);
            assertThat(String.join("\n", supervisorStream)).contains(A);
            assertThat(frontDoor.get("/api/agencies/" + A + "/applications?status=open"))
                    .hasSize(1);
            assertThat(frontDoor.get("/api/agencies/" + C + "/supervision/applications"))
                    .hasSize(3);
            assertThat(frontDoor.get("/api/agencies/" + C + "/review-cases?scope=subtree"))
                    .hasSize(3);
        });
    }

    @AfterAll
    static void closeStreams() {
        streams.forEach(stream -> stream.cancel(true));
    }

    @Test
    void theClerkSeesOnlyTheirTownshipInEveryListAndFigure() throws Exception {
        assertThat(ids(json(CLERK, "/api/agencies"), "agencyId")).containsExactly(A);
        assertThat(ids(frontDoor.get("/api/agencies"), "agencyId")).contains(A, B, C, O);

        assertThat(ids(json(CLERK, "/api/agencies/" + A + "/applications?status=open"), "applicationId"))
                .containsExactly(A + "-app-2");
        assertThat(ids(json(CLERK, "/api/agencies/" + A + "/review-cases"), "agencyId"))
                .containsExactly(A);
        assertThat(ids(json(CLERK, "/api/agencies/" + A + "/supervision/applications"), "applicationId"))
                .containsExactly(A + "-app-1");
        assertThat(ids(frontDoor.get("/api/agencies/" + C + "/supervision/applications"), "applicationId"))
                .contains(A + "-app-1", B + "-app-1");

        Set<String> worklist =
                new HashSet<>(ids(json(CLERK, "/api/reports/worklist?year=" + TODAY.getYear()), "agencyId"));
        assertThat(worklist).containsExactly(A);
        assertThat(ids(frontDoor.get("/api/reports/worklist?year=" + TODAY.getYear()), "agencyId"))
                .contains(A, B, C, O);

        JsonNode dashboard = json(CLERK, "/api/agencies/" + A + "/dashboard");
        assertThat(dashboard.path("open").asLong()).isEqualTo(1);
        assertThat(dashboard.path("yearToDate").path("received").asLong()).isEqualTo(2);
        JsonNode report = json(CLERK, "/api/agencies/" + A + "/reports/" + TODAY.getYear());
        assertThat(total(report, "RECEIVED")).isEqualTo(2);
        assertThat(report.path("reviews")
                        .path("RECONSIDERATION")
                        .path("PENDING")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void theClerksStreamNamesNoOtherAgency() {
        List<String> named = agencyIdsIn(clerkStream);
        assertThat(named).contains(A).doesNotContain(B, C, O);
        assertThat(agencyIdsIn(adminStream)).contains(A, B, C, O);
    }

    @Test
    void theClerksExportsAndDocumentNameNoOtherAgency() throws Exception {
        String report = "/api/agencies/" + A + "/reports/" + TODAY.getYear();
        String csv = get(CLERK, report + ".csv").body();
        String docx = docxText(bytes(CLERK, report + ".docx"));
        String html = send(CLERK, report, "text/html").body();
        for (String text : List.of(csv, docx, html)) {
            assertThat(text).contains(NAMES.get(A));
            assertThat(text).doesNotContain(NAMES.get(B), NAMES.get(O), B, O);
        }
        assertThat(csv).contains("RECEIVED").containsPattern("RECEIVED,[^\\r\\n]*,2\\r?\\n");
        String supervision =
                get(CLERK, "/api/agencies/" + A + "/supervision.csv").body();
        assertThat(supervision).contains(A + "-app-1").doesNotContain(B + "-app-", O + "-app-", C + "-app-");
    }

    @Test
    void theSupervisorSeesTheCountyAndItsTownshipsAndNothingOfTheOtherCounty() throws Exception {
        assertThat(ids(json(SUPERVISOR, "/api/agencies"), "agencyId")).containsExactlyInAnyOrder(C, A, B);
        Set<String> worklist =
                new HashSet<>(ids(json(SUPERVISOR, "/api/reports/worklist?year=" + TODAY.getYear()), "agencyId"));
        assertThat(worklist).containsExactlyInAnyOrder(C, A, B);

        JsonNode subtree = json(SUPERVISOR, "/api/agencies/" + C + "/reports/" + TODAY.getYear() + "?scope=subtree");
        assertThat(total(subtree, "RECEIVED")).isEqualTo(1 + 2 + 3);
        assertThat(subtree.path("reviews")
                        .path("RECONSIDERATION")
                        .path("PENDING")
                        .asInt())
                .isEqualTo(3);
        JsonNode dashboard = json(SUPERVISOR, "/api/agencies/" + C + "/dashboard?scope=subtree");
        assertThat(dashboard.path("open").asLong()).isEqualTo(0 + 1 + 2); // C, A, B: each answered one
        assertThat(dashboard.path("yearToDate").path("received").asLong()).isEqualTo(6);
        assertThat(ids(json(SUPERVISOR, "/api/agencies/" + C + "/review-cases?scope=subtree"), "agencyId"))
                .containsExactlyInAnyOrder(C, A, B);
        assertThat(ids(json(SUPERVISOR, "/api/agencies/" + C + "/supervision/applications"), "applicationId"))
                .containsExactlyInAnyOrder(C + "-app-1", A + "-app-1", B + "-app-1");
        assertThat(ids(frontDoor.get("/api/agencies/" + O + "/supervision/applications"), "applicationId"))
                .containsExactly(O + "-app-1");

        List<String> named = agencyIdsIn(supervisorStream);
        assertThat(named).contains(A, B, C).doesNotContain(O);
    }

    @Test
    void theSupervisorsExportsNameNoAgencyOfTheOtherCounty() throws Exception {
        String report = "/api/agencies/" + C + "/reports/" + TODAY.getYear();
        String csv = get(SUPERVISOR, report + ".csv?scope=subtree").body();
        String docx = docxText(bytes(SUPERVISOR, report + ".docx?scope=subtree"));
        for (String text : List.of(csv, docx)) {
            assertThat(text).contains(NAMES.get(C)).doesNotContain(NAMES.get(O), O);
        }
        assertThat(csv).containsPattern("RECEIVED,[^\\r\\n]*,6\\r?\\n");
        String xlsx = xlsxText(bytes(SUPERVISOR, "/api/agencies/" + C + "/supervision.xlsx"));
        assertThat(xlsx).contains(NAMES.get(A), NAMES.get(B)).doesNotContain(NAMES.get(O), O + "-app-");
        assertThat(xlsx).contains(A + "-app-1", B + "-app-1", C + "-app-1");
    }

    // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────

    private static CompletableFuture<?> listen(String user, String password, List<String> lines) {
        HttpRequest request = HttpRequest.newBuilder(stack.url().resolve("/api/stream"))
                .header("Accept", "text/event-stream")
                .header("Authorization", basic(user, password))
                .build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(answer -> answer.body().forEach(lines::add));
    }

    /** The agency ids named by the {@code projection} events of a stream. */
    private static List<String> agencyIdsIn(List<String> lines) {
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("data:")) {
                try {
                    FrontDoor.json(line.substring(5)).path("agencyIds").forEach(id -> ids.add(id.asText()));
                } catch (java.io.IOException e) {
                    throw new AssertionError("unreadable stream event " + line, e);
                }
            }
        }
        return ids;
    }

    private static List<String> ids(JsonNode list, String field) {
        assertThat(list.isArray()).as(list.toString()).isTrue();
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.path(field).asText()));
        return ids;
    }

    private static int total(JsonNode report, String code) {
        for (JsonNode row : report.path("applications").path("rows")) {
            if (row.path("code").asText().equals(code)) {
                return row.path("counts").get(6).asInt();
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static JsonNode json(String user, String path) throws Exception {
        HttpResponse<String> answer = get(user, path);
        assertThat(answer.statusCode())
                .as("%s GET %s: %s", user, path, answer.body())
                .isEqualTo(200);
        return FrontDoor.json(answer.body());
    }

    private static HttpResponse<String> get(String user, String path) throws Exception {
        return send(user, path, "application/json, application/problem+json, */*");
    }

    private static HttpResponse<String> send(String user, String path, String accept) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(stack.url().resolve(path))
                        .header("Accept", accept)
                        .header("Authorization", basic(user, PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String user, String path) throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(stack.url() + path))
                        .header("Authorization", basic(user, PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as("%s GET %s", user, path).isEqualTo(200);
        return answer.body();
    }

    private static String docxText(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String xlsxText(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
