package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every endpoint of CONTRACT.md through the front door, for each kind of caller: the administrator, the
 * supervisor of the county, the clerk of township A, the clerk of township B (A's sibling) and nobody. The
 * target is township A's data unless the row says otherwise, so for the clerks one column is in scope and one
 * out of it. Each cell is the expected status; a cell that writes gets fresh aggregates of its own.
 *
 * <pre>
 * county ─┬─ township A      other county (outside the supervisor's subtree)
 *         └─ township B
 * </pre>
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInMatrixIT extends RunningStack {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final LocalDate TODAY = LocalDate.now(org.gongkai.events.calendar.BusinessClock.china());
    private static final String PASSWORD = "matrix-password-1";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    static final String COUNTY = "county-" + RUN;
    static final String A = "township-a-" + RUN;
    static final String B = "township-b-" + RUN;
    static final String OTHER = "other-county-" + RUN;

    /** The callers, in the order of the matrix's columns. */
    enum Caller {
        ADMIN,
        SUPERVISOR,
        CLERK_A,
        CLERK_B,
        NOBODY
    }

    /** One request: method, path and JSON body (null for none). */
    record Call(String method, String path, Object body) {
        static Call get(String path) {
            return new Call("GET", path, null);
        }

        static Call post(String path, Object... keyValues) {
            return new Call("POST", path, SignInMatrixIT.body(keyValues));
        }
    }

    /** One row: the endpoint, how to make a fresh request for one cell, and the expected status per caller. */
    record Row(
            String endpoint,
            Function<Fixtures, Call> call,
            int admin,
            int supervisor,
            int clerkA,
            int clerkB,
            int nobody) {

        int expected(Caller caller) {
            return switch (caller) {
                case ADMIN -> admin;
                case SUPERVISOR -> supervisor;
                case CLERK_A -> clerkA;
                case CLERK_B -> clerkB;
                case NOBODY -> nobody;
            };
        }
    }

    private static String applicationOfA;
    private static Fixtures fixtures;

    @BeforeAll
    static void countyWithTwoTownshipsAndTheirStaff() throws Exception {
        fixtures = new Fixtures();
        fixtures.admin("POST", "/api/agencies", body("agencyId", COUNTY, "name", "托里县人民政府", "level", "COUNTY"));
        fixtures.admin("POST", "/api/agencies", body("agencyId", A, "name", "库普乡人民政府", "parentAgencyId", COUNTY));
        fixtures.admin("POST", "/api/agencies", body("agencyId", B, "name", "铁厂沟镇人民政府", "parentAgencyId", COUNTY));
        fixtures.admin("POST", "/api/agencies", body("agencyId", OTHER, "name", "额敏县人民政府", "level", "COUNTY"));
        fixtures.user("chief-" + RUN, "SUPERVISOR", COUNTY);
        fixtures.user("clerk-a-" + RUN, "CLERK", A);
        fixtures.user("clerk-b-" + RUN, "CLERK", B);
        applicationOfA = fixtures.application();
        fixtures.admin("POST", "/api/reconsiderations", body("agencyId", A, "filedOn", TODAY.minusDays(3)));
        JdbcTemplate queryDatabase = stack.queryService().getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> queryDatabase.queryForObject(
                                        "select count(*) from app_user where username like ?",
                                        Integer.class,
                                        "%-" + RUN)
                                == 3
                        && queryDatabase.queryForObject(
                                        "select count(*) from application where application_id = ?",
                                        Integer.class,
                                        applicationOfA)
                                == 1
                        && queryDatabase.queryForObject(
                                        "select count(*) from agency where agency_id in (?, ?, ?, ?)",
                                        Integer.class,
                                        COUNTY,
                                        A,
                                        B,
                                        OTHER)
                                == 4);
    }

    static List<Row> matrix() {
        int year = YEAR;
        String report = "/api/agencies/" + A + "/reports/" + year;
        return List.of(
                // ── writes (CONTRACT.md §2) ────────────────────────────── admin sup  A    B    none
                row(
                        "POST /api/agencies",
                        f -> Call.post("/api/agencies", "name", "新设机构", "parentAgencyId", COUNTY),
                        201,
                        403,
                        403,
                        403,
                        401),
                row(
                        "POST /api/applications",
                        f -> Call.post(
                                "/api/applications",
                                "agencyId",
                                A,
                                "receivedOn",
                                TODAY.minusDays(10),
                                "channel",
                                "ONLINE",
                                "applicantType",
                                "NATURAL_PERSON"),
                        201,
                        403,
                        201,
                        403,
                        401),
                row(
                        "POST …/decision",
                        f -> Call.post(app(f) + "/decision", "outcome", "DISCLOSED", "decidedOn", TODAY.minusDays(2)),
                        200,
                        403,
                        200,
                        403,
                        401),
                row(
                        "POST …/decision-correction",
                        f -> Call.post(
                                f.decided() + "/decision-correction",
                                "outcome",
                                "PARTIALLY_DISCLOSED",
                                "decidedOn",
                                TODAY.minusDays(2),
                                "reason",
                                "登记错误"),
                        200,
                        403,
                        200,
                        403,
                        401),
                row(
                        "POST …/withdrawal",
                        f -> Call.post(app(f) + "/withdrawal", "withdrawnOn", TODAY.minusDays(2)),
                        200,
                        403,
                        200,
                        403,
                        401),
                row(
                        "POST …/supplement-request",
                        f -> Call.post(app(f) + "/supplement-request", "requestedOn", TODAY.minusDays(8)),
                        200,
                        403,
                        200,
                        403,
                        401),
                row(
                        "POST …/supplement-receipt",
                        f -> Call.post(
                                f.supplementRequested() + "/supplement-receipt", "receivedOn", TODAY.minusDays(6)),
                        200,
                        403,
                        200,
                        403,
                        401),
                row(
                        "POST …/extension",
                        f -> Call.post(
                                app(f) + "/extension",
                                "extendedOn",
                                TODAY.minusDays(2),
                                "workingDays",
                                15,
                                "reason",
                                "需调取档案"),
                        200,
                        403,
                        200,
                        403,
                        401),
                row(
                        "POST …/consultations",
                        f -> Call.post(
                                app(f) + "/consultations", "party", "THIRD_PARTY", "startedOn", TODAY.minusDays(8)),
                        201,
                        403,
                        201,
                        403,
                        401),
                row(
                        "POST …/consultations/{cid}/end",
                        f -> Call.post(f.consulting() + "/end", "endedOn", TODAY.minusDays(6)),
                        200,
                        403,
                        200,
                        403,
                        401),
                row(
                        "POST …/fee-notice",
                        f -> Call.post(
                                app(f) + "/fee-notice",
                                "issuedOn",
                                TODAY.minusDays(8),
                                "amountYuan",
                                "10.00",
                                "scheme",
                                "PER_APPLICATION"),
                        200,
                        403,
                        200,
                        403,
                        401),
                row(
                        "POST …/fee-payment",
                        f -> Call.post(f.feeNotified() + "/fee-payment", "paidOn", TODAY.minusDays(6)),
                        200,
                        403,
                        200,
                        403,
                        401),
                row(
                        "POST /api/reconsiderations",
                        f -> Call.post("/api/reconsiderations", "agencyId", A, "filedOn", TODAY.minusDays(3)),
                        201,
                        403,
                        201,
                        403,
                        401),
                row(
                        "POST …/reconsiderations/{id}/conclusion",
                        f -> Call.post(
                                f.reviewCase("reconsiderations") + "/conclusion",
                                "result",
                                "UPHELD",
                                "concludedOn",
                                TODAY.minusDays(1)),
                        200,
                        403,
                        200,
                        403,
                        401),
                row(
                        "POST /api/lawsuits",
                        f -> Call.post(
                                "/api/lawsuits", "agencyId", A, "route", "DIRECT", "filedOn", TODAY.minusDays(3)),
                        201,
                        403,
                        201,
                        403,
                        401),
                row(
                        "POST …/lawsuits/{id}/conclusion",
                        f -> Call.post(
                                f.reviewCase("lawsuits") + "/conclusion",
                                "result",
                                "CORRECTED",
                                "concludedOn",
                                TODAY.minusDays(1)),
                        200,
                        403,
                        200,
                        403,
                        401),
                row(
                        "POST …/regulatory-documents",
                        f -> Call.post(
                                "/api/agencies/" + A + "/regulatory-documents",
                                "kind",
                                "RULE",
                                "title",
                                "库普乡村规民约管理办法",
                                "issuedOn",
                                TODAY.minusDays(5)),
                        201,
                        403,
                        201,
                        403,
                        401),
                row(
                        "POST …/regulatory-documents/{docId}/repeal",
                        f -> Call.post(f.document() + "/repeal", "repealedOn", TODAY.minusDays(1)),
                        200,
                        403,
                        200,
                        403,
                        401),
                row(
                        "POST …/decision-tallies",
                        f -> Call.post(
                                "/api/agencies/" + A + "/decision-tallies",
                                "category",
                                "LICENSING",
                                "periodStart",
                                year + "-01-01",
                                "periodEnd",
                                year + "-03-31",
                                "count",
                                12),
                        201,
                        403,
                        201,
                        403,
                        401),
                row(
                        "POST …/administrative-fees",
                        f -> Call.post(
                                "/api/agencies/" + A + "/administrative-fees",
                                "periodStart",
                                year + "-04-01",
                                "periodEnd",
                                year + "-06-30",
                                "amountYuan",
                                "100.00"),
                        201,
                        403,
                        201,
                        403,
                        401),
                // batch: the batch itself is answered 200 to anyone signed in; each command's own status (its
                // scope included) is in the answer, checked by BatchStackIT (branch batch)
                row(
                        "POST /api/batch",
                        f -> new Call(
                                "POST",
                                "/api/batch",
                                List.of(Map.of(
                                        "path",
                                        "/api/applications",
                                        "body",
                                        body(
                                                "agencyId",
                                                A,
                                                "receivedOn",
                                                TODAY.minusDays(10),
                                                "channel",
                                                "ONLINE",
                                                "applicantType",
                                                "NATURAL_PERSON")))),
                        200,
                        200,
                        200,
                        200,
                        401),
                row(
                        "POST /api/agencies/{id}/rename",
                        f -> Call.post(
                                "/api/agencies/" + A + "/rename", "name", "库普镇人民政府", "effectiveOn", TODAY.minusDays(1)),
                        200,
                        403,
                        403,
                        403,
                        401),
                row(
                        "POST /api/agencies/{id}/move",
                        f -> Call.post(
                                "/api/agencies/" + f.agency() + "/move",
                                "parentAgencyId",
                                OTHER,
                                "effectiveOn",
                                TODAY.minusDays(1)),
                        200,
                        403,
                        403,
                        403,
                        401),
                row(
                        "POST /api/agencies/{id}/closure",
                        f -> Call.post("/api/agencies/" + f.agency() + "/closure", "closedOn", TODAY.minusDays(1)),
                        200,
                        403,
                        403,
                        403,
                        401),
                row(
                        "PUT …/reports/{year}/narrative/{section}",
                        f -> new Call("PUT", report + "/narrative/OVERVIEW", body("text", "本年度依法做好政府信息公开工作。")),
                        200,
                        200,
                        403,
                        403,
                        401),
                row(
                        "POST …/reports/{year}/publication",
                        f -> Call.post(report + "/publication", "reason", "补录"),
                        201,
                        201,
                        403,
                        403,
                        401),
                row(
                        "POST …/statistics/{year}/{quarter}/submission",
                        f -> Call.post("/api/agencies/" + A + "/statistics/" + year + "/4/submission", "reason", "补录"),
                        201,
                        201,
                        403,
                        403,
                        401),
                row(
                        "POST /api/agencies/{id}/quarterly-deadline",
                        f -> Call.post("/api/agencies/" + A + "/quarterly-deadline", "dayOfMonth", 10),
                        200,
                        200,
                        403,
                        403,
                        401),
                row(
                        "POST /api/users",
                        f -> Call.post(
                                "/api/users",
                                "username",
                                "new-" + UUID.randomUUID(),
                                "password",
                                PASSWORD,
                                "role",
                                "CLERK",
                                "agencyId",
                                A),
                        201,
                        403,
                        403,
                        403,
                        401),
                // branch users (issue 20 item 5): account changes are the administrator's; one's own password
                // is everyone's (a wrong old password: 400, so no caller's password changes here)
                row(
                        "PUT /api/users/{username}",
                        f -> new Call("PUT", "/api/users/" + f.freshUser(), body("role", "SUPERVISOR", "agencyId", A)),
                        200,
                        403,
                        403,
                        403,
                        401),
                row(
                        "POST /api/users/{username}/disable",
                        f -> Call.post("/api/users/" + f.freshUser() + "/disable"),
                        200,
                        403,
                        403,
                        403,
                        401),
                row(
                        "POST /api/users/{username}/enable",
                        f -> Call.post("/api/users/" + f.freshUser() + "/enable"),
                        200,
                        403,
                        403,
                        403,
                        401),
                row(
                        "POST /api/users/{username}/password",
                        f -> Call.post(
                                "/api/users/" + f.freshUser() + "/password",
                                "password",
                                "given-password-1",
                                "mustChange",
                                true),
                        200,
                        403,
                        403,
                        403,
                        401),
                row(
                        "POST /api/me/password",
                        f -> Call.post(
                                "/api/me/password",
                                "oldPassword",
                                "not-my-password",
                                "newPassword",
                                "chosen-password-1"),
                        400,
                        400,
                        400,
                        400,
                        401),
                // ── reads (CONTRACT.md §3) ─────────────────────────────── admin sup  A    B    none
                row("GET /api/agencies", f -> Call.get("/api/agencies"), 200, 200, 200, 200, 401),
                row("GET …/reports/{year}", f -> Call.get(report), 200, 200, 200, 403, 401),
                row(
                        "GET …/reports/{year} as HTML",
                        f -> new Call("GET", report + "#html", null),
                        200,
                        200,
                        200,
                        403,
                        401),
                row("GET …/reports/{year}.docx", f -> Call.get(report + ".docx"), 200, 200, 200, 403, 401),
                row("GET …/reports/{year}.csv", f -> Call.get(report + ".csv"), 200, 200, 200, 403, 401),
                row(
                        "GET …/reports/{year}?version=published",
                        f -> Call.get(report + "?version=published"),
                        200,
                        200,
                        200,
                        403,
                        401),
                row(
                        "GET …/statistics?year&quarter",
                        f -> Call.get("/api/agencies/" + A + "/statistics?year=" + year + "&quarter=1"),
                        200,
                        200,
                        200,
                        403,
                        401),
                row(
                        "GET …/applications?status=open",
                        f -> Call.get("/api/agencies/" + A + "/applications?status=open"),
                        200,
                        200,
                        200,
                        403,
                        401),
                row(
                        "GET /api/applications/{id}",
                        f -> Call.get("/api/applications/" + applicationOfA),
                        200,
                        200,
                        200,
                        403,
                        401),
                row("GET …/dashboard", f -> Call.get("/api/agencies/" + A + "/dashboard"), 200, 200, 200, 403, 401),
                row("GET …/supervision", f -> Call.get("/api/agencies/" + A + "/supervision"), 200, 200, 200, 403, 401),
                row(
                        "GET county …/supervision.xlsx",
                        f -> Call.get("/api/agencies/" + COUNTY + "/supervision.xlsx"),
                        200,
                        200,
                        403,
                        403,
                        401),
                row("GET /api/calendar/changes", f -> Call.get("/api/calendar/changes"), 200, 200, 200, 200, 401),
                row(
                        "GET …/review-cases",
                        f -> Call.get("/api/agencies/" + A + "/review-cases"),
                        200,
                        200,
                        200,
                        403,
                        401),
                row(
                        "GET county ?scope=subtree",
                        f -> Call.get("/api/agencies/" + COUNTY + "/reports/" + year + "?scope=subtree"),
                        200,
                        200,
                        403,
                        403,
                        401),
                row(
                        "GET other county (outside the subtree)",
                        f -> Call.get("/api/agencies/" + OTHER + "/reports/" + year),
                        200,
                        403,
                        403,
                        403,
                        401),
                row("GET /api/stream", f -> Call.get("/api/stream"), 200, 200, 200, 200, 401),
                row(
                        "GET /api/reports/worklist",
                        f -> Call.get("/api/reports/worklist?year=" + year),
                        200,
                        200,
                        200,
                        200,
                        401),
                row(
                        "GET /api/statistics/worklist",
                        f -> Call.get("/api/statistics/worklist?year=" + year + "&quarter=4"),
                        200,
                        200,
                        200,
                        200,
                        401),
                row(
                        "GET …/statistics/{year}/{quarter}/submissions",
                        f -> Call.get("/api/agencies/" + A + "/statistics/" + year + "/4/submissions"),
                        200,
                        200,
                        200,
                        403,
                        401),
                row("GET /api/codes", f -> Call.get("/api/codes"), 200, 200, 200, 200, 401),
                row("GET /api/about", f -> Call.get("/api/about"), 200, 200, 200, 200, 401),
                row("GET /api/me", f -> Call.get("/api/me"), 200, 200, 200, 200, 401),
                row("GET /api/users", f -> Call.get("/api/users"), 200, 403, 403, 403, 401),
                row(
                        "GET /api/admin/projections/rebuild",
                        f -> Call.get("/api/admin/projections/rebuild"),
                        200,
                        403,
                        403,
                        403,
                        401),
                row("GET /actuator/health", f -> Call.get("/actuator/health"), 200, 200, 200, 200, 200),
                row("GET /actuator/info", f -> Call.get("/actuator/info"), 200, 403, 403, 403, 401));
    }

    @Test
    void answersEveryEndpointForEveryCallerAsTheMatrixSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder(
                String.format("%-48s %6s %6s %6s %6s %6s%n", "endpoint", "admin", "sup", "A", "B", "none"));
        for (Row row : matrix()) {
            table.append(String.format("%-48s", row.endpoint()));
            for (Caller caller : Caller.values()) {
                HttpResponse<String> answer = send(caller, row.call().apply(fixtures));
                table.append(String.format(" %6d", answer.statusCode()));
                if (answer.statusCode() != row.expected(caller)) {
                    wrong.add(row.endpoint() + " as " + caller + ": expected " + row.expected(caller) + ", got "
                            + answer.statusCode() + " " + abbreviate(answer.body()));
                }
                if (answer.statusCode() == 403 || answer.statusCode() == 401) {
                    assertThat(answer.headers().firstValue("Content-Type"))
                            .as(row.endpoint() + " " + caller)
                            .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
                    assertThat(JSON.readTree(answer.body()).path("rule").asText())
                            .as(row.endpoint())
                            .isNotBlank();
                }
            }
            table.append('\n');
        }
        System.out.println(table);
        assertThat(wrong).as("cells that differ from the matrix").isEmpty();
    }

    @Test
    void showsEachCallerOnlyTheAgenciesInScope() throws Exception {
        assertThat(agencies(Caller.CLERK_A)).containsExactly(A);
        assertThat(agencies(Caller.SUPERVISOR)).containsExactlyInAnyOrder(COUNTY, A, B);
        assertThat(agencies(Caller.ADMIN)).contains(COUNTY, A, B, OTHER);
    }

    @Test
    void saysWhoRecordedEachFactOfAnApplication() throws Exception {
        String id = fixtures.application();
        HttpResponse<String> decided = send(
                Caller.CLERK_A,
                Call.post(
                        "/api/applications/" + id + "/decision",
                        "outcome",
                        "DISCLOSED",
                        "decidedOn",
                        TODAY.minusDays(1)));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);

        JsonNode facts = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> JSON.readTree(send(Caller.ADMIN, Call.get("/api/applications/" + id))
                                        .body())
                                .path("facts"),
                        f -> f.size() == 2);
        assertThat(facts.get(0).path("recordedBy").asText()).isEqualTo("admin");
        assertThat(facts.get(1).path("recordedBy").asText()).isEqualTo("clerk-a-" + RUN);
        assertThat(facts.get(1).path("recordedAt").asText()).isNotBlank();
    }

    @Test
    void refusesSignInForAWhileAfterTooManyWrongPasswords() throws Exception {
        String name = "clerk-a-" + RUN;
        HttpResponse<String> answer = null;
        for (int i = 0; i < 11; i++) {
            answer = send(HttpRequest.newBuilder(stack.url().resolve("/api/me"))
                    .header("Authorization", basic(name + "-guess", "wrong-" + i))
                    .GET());
        }
        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(JSON.readTree(answer.body()).path("rule").asText()).isEqualTo("TooManySignInAttempts");
        assertThat(send(Caller.CLERK_A, Call.get("/api/me")).statusCode())
                .as("other users still sign in")
                .isEqualTo(200);
    }

    @Test
    void keepsApplicantPersonalDataOutOfEventsTopicReadModelsAndLogs(CapturedOutput logs) throws Exception {
        String idNumber = "110101199003071233"; // a valid check digit: the check recognises real ID numbers only
        String oldIdNumber = "11010519491231002X";
        String mobile = "13912345678";
        String decided = fixtures.decided();
        Map<Call, String> attempts = new LinkedHashMap<>();
        attempts.put(
                Call.post(
                        "/api/applications",
                        "agencyId",
                        A,
                        "receivedOn",
                        TODAY.minusDays(2),
                        "channel",
                        "IN_PERSON",
                        "applicantType",
                        "NATURAL_PERSON",
                        "subject",
                        "申请人身份证" + idNumber),
                "subject");
        attempts.put(
                Call.post(
                        "/api/applications",
                        "applicationId",
                        idNumber,
                        "agencyId",
                        A,
                        "receivedOn",
                        TODAY.minusDays(2),
                        "channel",
                        "IN_PERSON",
                        "applicantType",
                        "NATURAL_PERSON"),
                "applicationId");
        attempts.put(
                Call.post(
                        decided + "/decision-correction",
                        "outcome",
                        "OTHER",
                        "decidedOn",
                        TODAY.minusDays(1),
                        "reason",
                        "申请人电话" + mobile),
                "reason");
        attempts.put(
                new Call(
                        "PUT",
                        "/api/agencies/" + A + "/reports/" + YEAR + "/narrative/PROBLEMS",
                        body("text", "个别申请人（" + oldIdNumber + "）反复申请")),
                "text");
        for (Map.Entry<Call, String> attempt : attempts.entrySet()) {
            HttpResponse<String> answer = send(Caller.ADMIN, attempt.getKey());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("rule").asText()).isEqualTo("NO_PERSONAL_DATA");
            assertThat(problem.path("field").asText()).isEqualTo(attempt.getValue());
            assertThat(answer.body()).doesNotContain(idNumber, oldIdNumber, mobile);
        }
        String marker = fixtures.application(); // published after the refusals: once it is projected, so are they

        JdbcTemplate queryDatabase = stack.queryService().getBean(JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> queryDatabase.queryForObject(
                                "select count(*) from application where application_id = ?", Integer.class, marker)
                        == 1);
        List<String> stored = new ArrayList<>();
        JdbcTemplate eventStore = stack.commandService().getBean(JdbcTemplate.class);
        stored.addAll(eventStore.queryForList(
                "select convert_from(payload, 'UTF8') || ' ' "
                        + "|| coalesce(convert_from(metadata, 'UTF8'), '') || ' ' || aggregateidentifier "
                        + "from domainevententry",
                String.class));
        stored.addAll(KafkaTopic.everyRecord(stack.infrastructure().kafka().bootstrapServers(), "gongkai.events"));
        for (String table : queryDatabase.queryForList(
                "select table_name from information_schema.tables "
                        + "where table_schema = 'public' and table_type = 'BASE TABLE'",
                String.class)) {
            stored.addAll(queryDatabase.queryForList("select t::text from " + table + " t", String.class));
        }
        assertThat(stored)
                .as("events, Kafka records and read models")
                .isNotEmpty()
                .noneMatch(text -> text.contains(idNumber) || text.contains(oldIdNumber) || text.contains(mobile));
        assertThat(logs.toString()).as("log output").doesNotContain(idNumber, oldIdNumber, mobile);
    }

    private static List<String> agencies(Caller caller) throws Exception {
        List<String> ids = new ArrayList<>();
        JSON.readTree(send(caller, Call.get("/api/agencies")).body()).forEach(a -> {
            String id = a.path("agencyId").asText();
            if (id.endsWith(RUN)) {
                ids.add(id);
            }
        });
        return ids;
    }

    static HttpResponse<String> send(Caller caller, Call call) throws Exception {
        boolean html = call.path().endsWith("#html");
        String path = html ? call.path().substring(0, call.path().length() - "#html".length()) : call.path();
        HttpRequest.Builder request = HttpRequest.newBuilder(stack.url().resolve(path))
                .header("Accept", html ? "text/html" : "application/json, application/problem+json, */*");
        String authorization = credentials(caller);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (call.body() == null) {
            request.method(call.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(call.method(), HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(call.body())));
        }
        return send(request);
    }

    /** Reads at most the start of the body: {@code /api/stream} never ends. */
    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpResponse<InputStream> answer =
                HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofInputStream());
        String body;
        try (InputStream in = answer.body()) {
            boolean stream =
                    answer.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
            body = stream ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new StringAnswer(answer, body);
    }

    private static String credentials(Caller caller) {
        return switch (caller) {
            case ADMIN -> basic("admin", stack.adminPassword().orElseThrow());
            case SUPERVISOR -> basic("chief-" + RUN, PASSWORD);
            case CLERK_A -> basic("clerk-a-" + RUN, PASSWORD);
            case CLERK_B -> basic("clerk-b-" + RUN, PASSWORD);
            case NOBODY -> null;
        };
    }

    static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Row row(
            String endpoint,
            Function<Fixtures, Call> call,
            int admin,
            int supervisor,
            int clerkA,
            int clerkB,
            int nobody) {
        return new Row(endpoint, call, admin, supervisor, clerkA, clerkB, nobody);
    }

    private static String app(Fixtures f) throws RuntimeException {
        return "/api/applications/" + f.application();
    }

    static Map<String, Object> body(Object... keyValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            body.put((String) keyValues[i], value instanceof LocalDate date ? date.toString() : value);
        }
        return body;
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    /** Fresh aggregates of township A for one cell, recorded by the administrator. */
    static final class Fixtures {

        void admin(String method, String path, Object body) {
            try {
                HttpResponse<String> answer = send(Caller.ADMIN, new Call(method, path, body));
                assertThat(answer.statusCode())
                        .as(method + " " + path + ": " + answer.body())
                        .isBetween(200, 299);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        void user(String username, String role, String agency) {
            admin(
                    "POST",
                    "/api/users",
                    body("username", username, "password", PASSWORD, "role", role, "agencyId", agency));
        }

        /** A clerk of township A of its own, for a change of account. */
        String freshUser() {
            String username = "staff-" + UUID.randomUUID().toString().substring(0, 13);
            user(username, "CLERK", A);
            return username;
        }

        String application() {
            String id = UUID.randomUUID().toString();
            admin(
                    "POST",
                    "/api/applications",
                    body(
                            "applicationId",
                            id,
                            "agencyId",
                            A,
                            "receivedOn",
                            TODAY.minusDays(10),
                            "channel",
                            "ONLINE",
                            "applicantType",
                            "NATURAL_PERSON"));
            return id;
        }

        String decided() {
            String path = "/api/applications/" + application();
            admin("POST", path + "/decision", body("outcome", "DISCLOSED", "decidedOn", TODAY.minusDays(3)));
            return path;
        }

        String supplementRequested() {
            String path = "/api/applications/" + application();
            admin("POST", path + "/supplement-request", body("requestedOn", TODAY.minusDays(8)));
            return path;
        }

        String consulting() {
            String path = "/api/applications/" + application();
            String cid = UUID.randomUUID().toString();
            admin(
                    "POST",
                    path + "/consultations",
                    body("consultationId", cid, "party", "OTHER_AGENCY", "startedOn", TODAY.minusDays(8)));
            return path + "/consultations/" + cid;
        }

        String feeNotified() {
            String path = "/api/applications/" + application();
            admin(
                    "POST",
                    path + "/fee-notice",
                    body("issuedOn", TODAY.minusDays(8), "amountYuan", "10.00", "scheme", "PER_APPLICATION"));
            return path;
        }

        String reviewCase(String kind) {
            String id = UUID.randomUUID().toString();
            admin(
                    "POST",
                    "/api/" + kind,
                    kind.equals("lawsuits")
                            ? body("caseId", id, "agencyId", A, "route", "DIRECT", "filedOn", TODAY.minusDays(3))
                            : body("caseId", id, "agencyId", A, "filedOn", TODAY.minusDays(3)));
            return "/api/" + kind + "/" + id;
        }

        String document() {
            String id = UUID.randomUUID().toString();
            admin(
                    "POST",
                    "/api/agencies/" + A + "/regulatory-documents",
                    body(
                            "documentId",
                            id,
                            "kind",
                            "NORMATIVE_DOCUMENT",
                            "title",
                            "库普乡公开目录",
                            "issuedOn",
                            TODAY.minusDays(5)));
            return "/api/agencies/" + A + "/regulatory-documents/" + id;
        }

        /** A throwaway agency under the county, for moves and closures. */
        String agency() {
            String id = "unit-" + UUID.randomUUID();
            admin("POST", "/api/agencies", body("agencyId", id, "name", "临时机构" + id, "parentAgencyId", COUNTY));
            return id;
        }
    }

    /** A streamed answer with the part of its body that was read. */
    private record StringAnswer(HttpResponse<InputStream> answer, String body) implements HttpResponse<String> {
        @Override
        public int statusCode() {
            return answer.statusCode();
        }

        @Override
        public HttpRequest request() {
            return answer.request();
        }

        @Override
        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return answer.headers();
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return answer.sslSession();
        }

        @Override
        public URI uri() {
            return answer.uri();
        }

        @Override
        public HttpClient.Version version() {
            return answer.version();
        }
    }
}
