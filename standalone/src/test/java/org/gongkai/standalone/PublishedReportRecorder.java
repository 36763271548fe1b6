package org.gongkai.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a published annual report into the individual facts that must have happened for it to be true, and
 * records them one by one through the HTTP API, as registry staff would: every application received and
 * answered, every carry-over application received the year before, every case filed and concluded, every
 * document issued (the stock in force from years before included) and repealed, the tallies and the fees.
 * Nothing is told the expected numbers; the report is then read back and compared cell for cell.
 */
final class PublishedReportRecorder {

    static final List<String> COLUMNS = List.of(
            "NATURAL_PERSON",
            "COMMERCIAL_ENTERPRISE",
            "RESEARCH_INSTITUTION",
            "PUBLIC_INTEREST_ORGANIZATION",
            "LEGAL_SERVICE_AGENCY",
            "OTHER_ORGANIZATION");
    static final List<String> OUTCOMES = List.of(
            "DISCLOSED",
            "PARTIALLY_DISCLOSED",
            "WITHHELD_STATE_SECRET",
            "WITHHELD_PROHIBITED_BY_LAW",
            "WITHHELD_SAFETY_STABILITY",
            "WITHHELD_THIRD_PARTY_RIGHTS",
            "WITHHELD_INTERNAL_AFFAIRS",
            "WITHHELD_PROCESS_INFORMATION",
            "WITHHELD_ENFORCEMENT_CASE_FILE",
            "WITHHELD_ADMINISTRATIVE_INQUIRY",
            "UNAVAILABLE_NOT_HELD",
            "UNAVAILABLE_NEEDS_CREATION",
            "UNAVAILABLE_UNCLEAR_AFTER_SUPPLEMENT",
            "NOT_PROCESSED_PETITION_COMPLAINT",
            "NOT_PROCESSED_DUPLICATE",
            "NOT_PROCESSED_PUBLICATION",
            "NOT_PROCESSED_EXCESSIVE",
            "NOT_PROCESSED_CONFIRMATION",
            "OTHER_NO_SUPPLEMENT",
            "OTHER_FEE_UNPAID",
            "OTHER");
    private static final List<String> CHANNELS = List.of("IN_PERSON", "ONLINE", "REGISTERED_MAIL", "EMAIL");

    private final ApiClient api;

    PublishedReportRecorder(String baseUrl, String adminPassword) {
        this.api = new ApiClient(baseUrl, "admin", adminPassword);
    }

    int factsRecorded() {
        return api.factsRecorded();
    }

    /** Records the facts behind {@code report} (the "report" object of shared/data/reports/*.json) for a new agency. */
    void record(String agencyId, JsonNode report) throws Exception {
        int year = report.path("year").asInt();
        post(
                "/api/agencies",
                Map.of("agencyId", agencyId, "name", report.path("agencyName").asText()));
        List<List<ApiClient.Step>> applicationScripts = applications(agencyId, year, report.path("applications"));
        api.runScripts(applicationScripts);
        reviews(agencyId, year, report.path("reviews"));
        proactive(agencyId, year, report.path("proactive"));
    }

    private List<List<ApiClient.Step>> applications(String agency, int year, JsonNode table) {
        List<List<ApiClient.Step>> scripts = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            String column = COLUMNS.get(c);
            int carriedOver = table.path("CARRIED_OVER").get(c).asInt();
            int received = table.path("RECEIVED").get(c).asInt();
            List<String> closes = new ArrayList<>();
            for (String outcome : OUTCOMES) {
                for (int i = 0; i < table.path(outcome).get(c).asInt(); i++) {
                    closes.add(outcome);
                }
            }
            int carriedForward = table.path("CARRIED_FORWARD").get(c).asInt();
            if (carriedOver + received - closes.size() != carriedForward) {
                throw new IllegalArgumentException("the published column " + column + " breaks 一+二=（七）+四");
            }
            int close = 0;
            // Applications received in December of the year before and still open on 1 January.
            for (int i = 0; i < carriedOver; i++) {
                LocalDate on = LocalDate.of(year - 1, 12, 1 + i % 28);
                String outcome = close < closes.size() ? closes.get(close++) : null;
                scripts.add(application(agency, column, on, outcome, LocalDate.of(year, 1, 10 + i % 18), i));
            }
            // This year's receipts, spread over the year; the first ones are answered, the rest carried forward.
            for (int i = 0; i < received; i++) {
                LocalDate on = LocalDate.of(year, 1, 2).plusDays((i * 7L) % 330);
                String outcome = close < closes.size() ? closes.get(close++) : null;
                LocalDate decidedOn = on.plusDays(12).getYear() == year ? on.plusDays(12) : LocalDate.of(year, 12, 31);
                scripts.add(application(agency, column, on, outcome, decidedOn, i));
            }
        }
        return scripts;
    }

    private static List<ApiClient.Step> application(
            String agency, String column, LocalDate receivedOn, String outcome, LocalDate decidedOn, int i) {
        String id = UUID.randomUUID().toString();
        List<ApiClient.Step> steps = new ArrayList<>();
        steps.add(ApiClient.Step.of(
                "/api/applications",
                "applicationId",
                id,
                "agencyId",
                agency,
                "receivedOn",
                receivedOn,
                "channel",
                CHANNELS.get(i % CHANNELS.size()),
                "applicantType",
                column));
        if (outcome != null) {
            steps.add(ApiClient.Step.of(
                    "/api/applications/" + id + "/decision", "outcome", outcome, "decidedOn", decidedOn.toString()));
        }
        return steps;
    }

    private void reviews(String agency, int year, JsonNode reviews) throws Exception {
        for (String group : List.of("RECONSIDERATION", "LITIGATION_DIRECT", "LITIGATION_AFTER_RECONSIDERATION")) {
            JsonNode cells = reviews.path(group);
            for (String result : List.of("UPHELD", "CORRECTED", "OTHER", "PENDING")) {
                for (int i = 0; i < cells.path(result).asInt(); i++) {
                    String caseId = UUID.randomUUID().toString();
                    boolean pending = result.equals("PENDING");
                    LocalDate filedOn = pending ? LocalDate.of(year, 11, 2) : LocalDate.of(year, 3, 1);
                    String kind = group.equals("RECONSIDERATION") ? "reconsiderations" : "lawsuits";
                    Map<String, Object> filing = new LinkedHashMap<>(
                            Map.of("caseId", caseId, "agencyId", agency, "filedOn", filedOn.toString()));
                    if (!group.equals("RECONSIDERATION")) {
                        filing.put("route", group.equals("LITIGATION_DIRECT") ? "DIRECT" : "AFTER_RECONSIDERATION");
                    }
                    post("/api/" + kind, filing);
                    if (!pending) {
                        post(
                                "/api/" + kind + "/" + caseId + "/conclusion",
                                Map.of(
                                        "result",
                                        result,
                                        "concludedOn",
                                        LocalDate.of(year, 6, 1).toString()));
                    }
                }
            }
        }
    }

    private void proactive(String agency, int year, JsonNode proactive) throws Exception {
        for (String kind : List.of("RULE", "NORMATIVE_DOCUMENT")) {
            JsonNode counts = proactive.path(kind);
            int issued = counts.path("issued").asInt();
            int repealed = counts.path("repealed").asInt();
            int inForceBefore = counts.path("inForce").asInt() - issued + repealed;
            List<String> repealable = new ArrayList<>();
            for (int i = 0; i < inForceBefore; i++) {
                repealable.add(
                        document(agency, kind, LocalDate.of(year - 5, 1, 10).plusDays(i % 300), i));
            }
            for (int i = 0; i < issued; i++) {
                repealable.add(document(agency, kind, LocalDate.of(year, 3, 10).plusDays(i % 200), i));
            }
            for (int i = 0; i < repealed; i++) {
                post(
                        "/api/agencies/" + agency + "/regulatory-documents/" + repealable.get(i) + "/repeal",
                        Map.of("repealedOn", LocalDate.of(year, 12, 20).toString()));
            }
        }
        for (String category : List.of("LICENSING", "PENALTY", "ENFORCEMENT")) {
            long count = proactive.path(category).asLong();
            if (count > 0) {
                post(
                        "/api/agencies/" + agency + "/decision-tallies",
                        Map.of(
                                "category",
                                category,
                                "periodStart",
                                year + "-01-01",
                                "periodEnd",
                                year + "-03-31",
                                "count",
                                count));
            }
        }
        BigDecimal tenThousandYuan = new BigDecimal(
                proactive.path("administrativeFeesTenThousandYuan").asText("0"));
        if (tenThousandYuan.signum() > 0) {
            post(
                    "/api/agencies/" + agency + "/administrative-fees",
                    Map.of(
                            "periodStart",
                            year + "-10-01",
                            "periodEnd",
                            year + "-12-31",
                            "amountYuan",
                            tenThousandYuan
                                    .movePointRight(4)
                                    .stripTrailingZeros()
                                    .toPlainString()));
        }
    }

    private String document(String agency, String kind, LocalDate issuedOn, int i) throws Exception {
        String id = UUID.randomUUID().toString();
        post(
                "/api/agencies/" + agency + "/regulatory-documents",
                Map.of("documentId", id, "kind", kind, "title", "文件" + i, "issuedOn", issuedOn.toString()));
        return id;
    }

    private void post(String path, Map<String, ?> body) throws Exception {
        api.post(path, body);
    }
}
