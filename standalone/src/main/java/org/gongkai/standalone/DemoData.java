package org.gongkai.standalone;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A realistic county for a first look: 托里县 with its government office, some bureaus and townships,
 * two years of applications and what happened to them, cases and documents. Everything is recorded through the
 * public HTTP API, the same commands registry staff use, so the demo exercises the real path and the reports are
 * real derivations. The mix is seeded: every demo looks the same.
 */
final class DemoData {

    static final String COUNTY = "demo-toli-county";

    private record Unit(String id, String name, String parent, String level, int applicationsPerYear) {}

    private static final List<Unit> UNITS = List.of(
            new Unit(COUNTY, "托里县人民政府", null, "COUNTY", 60),
            new Unit("demo-toli-office", "托里县人民政府办公室", COUNTY, "DEPARTMENT", 25),
            new Unit("demo-toli-natural-resources", "托里县自然资源局", COUNTY, "DEPARTMENT", 45),
            new Unit("demo-toli-housing", "托里县住房和城乡建设局", COUNTY, "DEPARTMENT", 30),
            new Unit("demo-toli-education", "托里县教育局", COUNTY, "DEPARTMENT", 12),
            new Unit("demo-kupu-township", "托里县库普乡人民政府", COUNTY, "TOWNSHIP", 6),
            new Unit("demo-toli-town", "托里县托里镇人民政府", COUNTY, "TOWNSHIP", 14),
            new Unit("demo-miaoergou-town", "托里县庙尔沟镇人民政府", COUNTY, "TOWNSHIP", 5));

    /** Outcome mix of a typical county (weights per 100 closed applications). */
    private static final Map<String, Integer> OUTCOMES = weights(
            "DISCLOSED",
            38,
            "PARTIALLY_DISCLOSED",
            12,
            "WITHHELD_THIRD_PARTY_RIGHTS",
            2,
            "WITHHELD_PROCESS_INFORMATION",
            3,
            "WITHHELD_INTERNAL_AFFAIRS",
            1,
            "UNAVAILABLE_NOT_HELD",
            22,
            "UNAVAILABLE_NEEDS_CREATION",
            3,
            "NOT_PROCESSED_PETITION_COMPLAINT",
            4,
            "NOT_PROCESSED_DUPLICATE",
            3,
            "NOT_PROCESSED_PUBLICATION",
            1,
            "OTHER_NO_SUPPLEMENT",
            5,
            "OTHER",
            6);

    private static final Map<String, Integer> APPLICANTS = weights(
            "NATURAL_PERSON",
            86,
            "COMMERCIAL_ENTERPRISE",
            8,
            "LEGAL_SERVICE_AGENCY",
            3,
            "OTHER_ORGANIZATION",
            2,
            "PUBLIC_INTEREST_ORGANIZATION",
            1);
    private static final Map<String, Integer> CHANNELS =
            weights("ONLINE", 45, "IN_PERSON", 25, "REGISTERED_MAIL", 20, "EMAIL", 6, "ORDINARY_MAIL", 4);
    private static final List<String> SUBJECTS =
            List.of("征地补偿安置方案", "棚户区改造项目审批文件", "村级财务收支情况", "建设用地规划许可证", "学校招生划片方案", "农村低保名单", "道路建设项目环评报告", "惠民补贴发放情况");

    private final ApiClient api;
    private final Random random = new Random(2026);
    private final LocalDate today = LocalDate.now(org.gongkai.events.calendar.BusinessClock.china());

    DemoData(String baseUrl, String adminPassword) {
        this.api = new ApiClient(baseUrl, SignInSettings.ADMIN, adminPassword);
    }

    /** Records the demo county; answers how many facts were recorded. */
    int seed() throws Exception {
        for (Unit unit : UNITS) {
            Map<String, Object> body =
                    new LinkedHashMap<>(Map.of("agencyId", unit.id(), "name", unit.name(), "level", unit.level()));
            if (unit.parent() != null) {
                body.put("parentAgencyId", unit.parent());
            }
            post("/api/agencies", body);
        }
        List<List<ApiClient.Step>> scripts = new ArrayList<>();
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            for (Unit unit : UNITS) {
                for (int i = 0; i < unit.applicationsPerYear(); i++) {
                    LocalDate receivedOn = LocalDate.of(year, 1, 2).plusDays(random.nextInt(363));
                    if (!receivedOn.isAfter(today)) {
                        scripts.add(application(unit.id(), receivedOn));
                    }
                }
            }
            proactive(year);
        }
        api.runScripts(scripts);
        cases();
        return api.factsRecorded();
    }

    private List<ApiClient.Step> application(String agency, LocalDate receivedOn) {
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
                pick(CHANNELS),
                "applicantType",
                pick(APPLICANTS),
                "subject",
                SUBJECTS.get(random.nextInt(SUBJECTS.size()))));
        LocalDate day = receivedOn;
        String outcome = pick(OUTCOMES);
        if (outcome.equals("OTHER_NO_SUPPLEMENT") || random.nextInt(100) < 8) {
            day = weekday(day.plusDays(3));
            steps.add(ApiClient.Step.of("/api/applications/" + id + "/supplement-request", "requestedOn", day));
            if (!outcome.equals("OTHER_NO_SUPPLEMENT")) {
                day = weekday(day.plusDays(5));
                steps.add(ApiClient.Step.of("/api/applications/" + id + "/supplement-receipt", "receivedOn", day));
            }
        }
        if (random.nextInt(100) < 5) {
            LocalDate start = weekday(day.plusDays(4));
            steps.add(ApiClient.Step.of(
                    "/api/applications/" + id + "/consultations",
                    "consultationId",
                    "c1",
                    "party",
                    "THIRD_PARTY",
                    "startedOn",
                    start));
            day = weekday(start.plusDays(10));
            steps.add(ApiClient.Step.of("/api/applications/" + id + "/consultations/c1/end", "endedOn", day));
        }
        if (random.nextInt(100) < 7) {
            day = weekday(day.plusDays(20));
            steps.add(ApiClient.Step.of(
                    "/api/applications/" + id + "/extension",
                    "extendedOn",
                    day,
                    "workingDays",
                    15,
                    "reason",
                    "需调取档案并征求相关科室意见"));
        }
        LocalDate decidedOn = weekday(day.plusDays(5 + random.nextInt(22)));
        boolean stillOpen = decidedOn.isAfter(today) || random.nextInt(100) < 2;
        if (!stillOpen && steps.stream().noneMatch(s -> day(s).isAfter(today))) {
            if (outcome.equals("OTHER") && random.nextBoolean()) {
                steps.add(ApiClient.Step.of("/api/applications/" + id + "/withdrawal", "withdrawnOn", decidedOn));
            } else {
                steps.add(ApiClient.Step.of(
                        "/api/applications/" + id + "/decision", "outcome", outcome, "decidedOn", decidedOn));
            }
        }
        steps.removeIf(s -> day(s).isAfter(today));
        return steps;
    }

    private void proactive(int year) throws Exception {
        for (int i = 0; i < 6 + random.nextInt(5); i++) {
            LocalDate issuedOn = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            if (issuedOn.isAfter(today)) {
                continue;
            }
            post(
                    "/api/agencies/" + COUNTY + "/regulatory-documents",
                    Map.of(
                            "kind",
                            "NORMATIVE_DOCUMENT",
                            "title",
                            "托里县" + SUBJECTS.get(i % SUBJECTS.size()) + "管理办法",
                            "documentNumber",
                            "托政发〔" + year + "〕" + (i + 1) + "号",
                            "issuedOn",
                            issuedOn.toString()));
        }
        for (int quarter = 1; quarter <= 4; quarter++) {
            LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
            LocalDate end = start.plusMonths(3).minusDays(1);
            if (end.isAfter(today)) {
                end = today;
            }
            if (start.isAfter(today)) {
                break;
            }
            for (String category : List.of("LICENSING", "PENALTY", "ENFORCEMENT")) {
                int base = category.equals("LICENSING") ? 900 : category.equals("PENALTY") ? 120 : 8;
                post(
                        "/api/agencies/" + COUNTY + "/decision-tallies",
                        Map.of(
                                "category",
                                category,
                                "periodStart",
                                start.toString(),
                                "periodEnd",
                                end.toString(),
                                "count",
                                base + random.nextInt(base / 2 + 1)));
            }
            post(
                    "/api/agencies/" + COUNTY + "/administrative-fees",
                    Map.of(
                            "periodStart",
                            start.toString(),
                            "periodEnd",
                            end.toString(),
                            "amountYuan",
                            (180000 + random.nextInt(90000)) + "." + random.nextInt(10) + "0"));
        }
    }

    private void cases() throws Exception {
        for (int i = 0; i < 5; i++) {
            String caseId = UUID.randomUUID().toString();
            LocalDate filedOn = today.minusDays(60 + random.nextInt(500));
            post(
                    "/api/reconsiderations",
                    Map.of("caseId", caseId, "agencyId", UNITS.get(i % 4).id(), "filedOn", filedOn.toString()));
            LocalDate concludedOn = filedOn.plusDays(55);
            if (i != 2 && !concludedOn.isAfter(today)) {
                post(
                        "/api/reconsiderations/" + caseId + "/conclusion",
                        Map.of("result", i % 3 == 0 ? "UPHELD" : "CORRECTED", "concludedOn", concludedOn.toString()));
            }
        }
        for (int i = 0; i < 2; i++) {
            String caseId = UUID.randomUUID().toString();
            LocalDate filedOn = today.minusDays(100 + random.nextInt(300));
            post(
                    "/api/lawsuits",
                    Map.of("caseId", caseId, "agencyId", COUNTY, "route", "DIRECT", "filedOn", filedOn.toString()));
            if (i == 0) {
                post(
                        "/api/lawsuits/" + caseId + "/conclusion",
                        Map.of(
                                "result",
                                "UPHELD",
                                "concludedOn",
                                filedOn.plusDays(90).isAfter(today)
                                        ? today.toString()
                                        : filedOn.plusDays(90).toString()));
            }
        }
    }

    private String pick(Map<String, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (Map.Entry<String, Integer> entry : weights.entrySet()) {
            roll -= entry.getValue();
            if (roll < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("weights are empty");
    }

    private static LocalDate weekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The business date of a step (its first date field). */
    private static LocalDate day(ApiClient.Step step) {
        return step.body().entrySet().stream()
                .filter(e -> e.getKey().endsWith("On"))
                .map(e -> LocalDate.parse((String) e.getValue()))
                .findFirst()
                .orElse(LocalDate.MIN);
    }

    private static Map<String, Integer> weights(Object... keyValues) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            weights.put((String) keyValues[i], (Integer) keyValues[i + 1]);
        }
        return weights;
    }

    private void post(String path, Map<String, ?> body) throws Exception {
        api.post(path, body);
    }
}
