package org.gongkai.standalone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Every write of CONTRACT.md §2 (and the README's quarterly deadline and submission) as a template that makes a
 * good request from the facts recorded before the fuzz. The fuzz test then damages one part of it.
 */
final class WriteEndpoints {

    /** What an accepted write must show on the read side. */
    enum Shows {
        APPLICATION,
        AGENCY,
        CASE,
        DOCUMENT,
        TALLY,
        USER,
        NOTHING_TO_CHECK
    }

    /** A good request: method, path segments (ids among them), body, and what it records. */
    record Request(String endpoint, String method, List<String> segments, Map<String, Object> body, Shows shows) {

        String path() {
            return "/" + String.join("/", segments);
        }
    }

    /** The facts recorded before the fuzz, which the templates name. */
    record Facts(
            int year,
            String parent,
            List<String> agencies,
            List<String> doomed,
            List<String> applications,
            Map<String, String> consultations,
            List<String> reconsiderations,
            List<String> lawsuits,
            Map<String, String> documents) {}

    private final Facts facts;
    private final OddValues odd;
    private final List<Function<Integer, Request>> templates = new ArrayList<>();

    WriteEndpoints(Facts facts, OddValues odd) {
        this.facts = facts;
        this.odd = odd;
        define();
    }

    Request next() {
        return templates.get(odd.below(templates.size())).apply(0);
    }

    private void define() {
        add(
                "register agency",
                "POST",
                Shows.AGENCY,
                List.of("api", "agencies"),
                () -> body(
                        "agencyId",
                        uuid(),
                        "name",
                        "某局" + odd.below(1000),
                        "parentAgencyId",
                        facts.parent(),
                        "level",
                        "DEPARTMENT"));
        add(
                "receive application",
                "POST",
                Shows.APPLICATION,
                List.of("api", "applications"),
                () -> body(
                        "applicationId", uuid(),
                        "agencyId", agency(),
                        "receivedOn", day(),
                        "channel", odd.pick(List.of("IN_PERSON", "ONLINE", "EMAIL", "FAX")),
                        "applicantType",
                                odd.pick(List.of("NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "OTHER_ORGANIZATION")),
                        "subject", "2023年度财政预算"));
        onApplication(
                "decision",
                () -> body("outcome", odd.pick(List.of("DISCLOSED", "UNAVAILABLE_NOT_HELD")), "decidedOn", day()));
        onApplication(
                "decision-correction",
                () -> body("outcome", "PARTIALLY_DISCLOSED", "decidedOn", day(), "reason", "复议纠正"));
        onApplication("withdrawal", () -> body("withdrawnOn", day()));
        onApplication("supplement-request", () -> body("requestedOn", day()));
        onApplication("supplement-receipt", () -> body("receivedOn", day()));
        onApplication("extension", () -> body("extendedOn", day(), "workingDays", 20, "reason", "需要协调"));
        onApplication(
                "consultations", () -> body("consultationId", uuid(), "party", "THIRD_PARTY", "startedOn", day()));
        onApplication("fee-notice", () -> body("issuedOn", day(), "amountYuan", "12.50", "scheme", "PER_PAGE"));
        onApplication("fee-payment", () -> body("paidOn", day()));
        templates.add(ignored -> {
            String application = odd.pick(List.copyOf(facts.consultations().keySet()));
            return new Request(
                    "end consultation",
                    "POST",
                    List.of(
                            "api",
                            "applications",
                            application,
                            "consultations",
                            facts.consultations().get(application),
                            "end"),
                    body("endedOn", day()),
                    Shows.APPLICATION);
        });
        add(
                "file reconsideration",
                "POST",
                Shows.CASE,
                List.of("api", "reconsiderations"),
                () -> body(
                        "caseId",
                        uuid(),
                        "agencyId",
                        facts.agencies().get(0),
                        "applicationId",
                        odd.pick(facts.applications()),
                        "filedOn",
                        day()));
        add(
                "file lawsuit",
                "POST",
                Shows.CASE,
                List.of("api", "lawsuits"),
                () -> body("caseId", uuid(), "agencyId", facts.agencies().get(0), "route", "DIRECT", "filedOn", day()));
        templates.add(ignored -> new Request(
                "conclude reconsideration",
                "POST",
                List.of("api", "reconsiderations", odd.pick(facts.reconsiderations()), "conclusion"),
                body("result", odd.pick(List.of("UPHELD", "CORRECTED", "OTHER")), "concludedOn", day()),
                Shows.CASE));
        templates.add(ignored -> new Request(
                "conclude lawsuit",
                "POST",
                List.of("api", "lawsuits", odd.pick(facts.lawsuits()), "conclusion"),
                body("result", "UPHELD", "concludedOn", day()),
                Shows.CASE));
        templates.add(ignored -> new Request(
                "issue document",
                "POST",
                List.of("api", "agencies", facts.agencies().get(0), "regulatory-documents"),
                body(
                        "documentId",
                        uuid(),
                        "kind",
                        odd.pick(List.of("RULE", "NORMATIVE_DOCUMENT")),
                        "title",
                        "关于规范政府信息公开的通知",
                        "documentNumber",
                        "托政发〔2024〕1号",
                        "issuedOn",
                        day()),
                Shows.DOCUMENT));
        templates.add(ignored -> {
            String document = odd.pick(List.copyOf(facts.documents().keySet()));
            return new Request(
                    "repeal document",
                    "POST",
                    List.of(
                            "api",
                            "agencies",
                            facts.documents().get(document),
                            "regulatory-documents",
                            document,
                            "repeal"),
                    body("repealedOn", day()),
                    Shows.DOCUMENT);
        });
        onAgency(
                "decision-tallies",
                Shows.TALLY,
                () -> body(
                        "category", odd.pick(List.of("LICENSING", "PENALTY", "ENFORCEMENT")),
                        "periodStart", facts.year() + "-04-01",
                        "periodEnd", facts.year() + "-06-30",
                        "count", 1 + odd.below(50)));
        onAgency(
                "administrative-fees",
                Shows.NOTHING_TO_CHECK,
                () -> body(
                        "periodStart",
                        facts.year() + "-04-01",
                        "periodEnd",
                        facts.year() + "-06-30",
                        "amountYuan",
                        "300.00"));
        onAgency("quarterly-deadline", Shows.NOTHING_TO_CHECK, () -> body("dayOfMonth", 1 + odd.below(20)));
        onDoomed("rename", () -> body("name", "托里县某镇人民政府", "effectiveOn", day()));
        onDoomed("move", () -> body("parentAgencyId", facts.parent(), "effectiveOn", day()));
        onDoomed("closure", () -> body("closedOn", day()));
        templates.add(ignored -> new Request(
                "draft narrative",
                "PUT",
                List.of(
                        "api",
                        "agencies",
                        agency(),
                        "reports",
                        String.valueOf(facts.year()),
                        "narrative",
                        odd.pick(List.of("OVERVIEW", "PROBLEMS", "OTHER_MATTERS"))),
                body("text", "本年度政府信息公开工作总体情况。"),
                Shows.NOTHING_TO_CHECK));
        templates.add(ignored -> new Request(
                "publish report",
                "POST",
                List.of("api", "agencies", agency(), "reports", String.valueOf(facts.year()), "publication"),
                body("reason", "更正"),
                Shows.NOTHING_TO_CHECK));
        templates.add(ignored -> new Request(
                "submit statistics",
                "POST",
                List.of(
                        "api",
                        "agencies",
                        agency(),
                        "statistics",
                        String.valueOf(facts.year()),
                        String.valueOf(1 + odd.below(4)),
                        "submission"),
                body("reason", "更正"),
                Shows.NOTHING_TO_CHECK));
        add(
                "register user",
                "POST",
                Shows.USER,
                List.of("api", "users"),
                () -> body(
                        "username",
                        "clerk-" + odd.below(1_000_000),
                        "password",
                        "long-enough-password",
                        "role",
                        "CLERK",
                        "agencyId",
                        agency()));
    }

    private void add(
            String name,
            String method,
            Shows shows,
            List<String> segments,
            java.util.function.Supplier<Map<String, Object>> body) {
        templates.add(ignored -> new Request(name, method, segments, body.get(), shows));
    }

    private void onApplication(String fact, java.util.function.Supplier<Map<String, Object>> body) {
        templates.add(ignored -> new Request(
                fact,
                "POST",
                List.of("api", "applications", odd.pick(facts.applications()), fact),
                body.get(),
                Shows.APPLICATION));
    }

    private void onAgency(String fact, Shows shows, java.util.function.Supplier<Map<String, Object>> body) {
        templates.add(
                ignored -> new Request(fact, "POST", List.of("api", "agencies", agency(), fact), body.get(), shows));
    }

    private void onDoomed(String fact, java.util.function.Supplier<Map<String, Object>> body) {
        templates.add(ignored -> new Request(
                fact, "POST", List.of("api", "agencies", odd.pick(facts.doomed()), fact), body.get(), Shows.AGENCY));
    }

    private String agency() {
        return odd.pick(facts.agencies());
    }

    /** A business date of the facts' year after the applications were received. */
    private String day() {
        return String.format("%d-%02d-%02d", facts.year(), 2 + odd.below(10), 1 + odd.below(28));
    }

    /** Ids drawn from the seeded generator, so a seed replays the same ids. */
    private String uuid() {
        return new UUID(
                        odd.below(Integer.MAX_VALUE) * 31L + odd.below(Integer.MAX_VALUE),
                        odd.below(Integer.MAX_VALUE) * 17L + odd.below(Integer.MAX_VALUE))
                .toString();
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }
}
