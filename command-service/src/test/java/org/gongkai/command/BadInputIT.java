package org.gongkai.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bad input at scale over the running service (embedded PostgreSQL and Kafka): a generated corpus of malformed
 * JSON, wrong types, unknown codes, impossible and future dates, oversized strings, missing fields and wrong ids
 * against every write endpoint of CONTRACT.md §2 that the command service serves. Each kind of damage is its own
 * test with the rules it may be refused by: never a 5xx, never accepted, every refusal problem+json naming one of
 * those rules, and a refused request stores no event. The corpus comes from a seeded {@link Random}: the seed is
 * in every failure message, and {@code -Dbadinput.seed=N} replays it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=command-service",
            Admin.PASSWORD_PROPERTY,
            "gongkai.kafka.topic=bad-input-it",
            "gongkai.kafka.partitions=1"
        })
class BadInputIT {

    private static final long SEED = Long.getLong("badinput.seed", 20_261_203L);
    private static final int REQUESTS_PER_DAMAGE = 250;
    /** Fields a request may leave out (CONTRACT.md §2 marks them with ?): leaving them out is no damage. */
    private static final Set<String> OPTIONAL =
            Set.of("subject", "documentNumber", "applicationId", "parentAgencyId", "level", "consultationId", "route");

    private static final LocalDate TODAY = LocalDate.now(org.gongkai.events.calendar.BusinessClock.china());
    private static final String DAY = TODAY.minusDays(3).toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    private String agency;
    private String parent;
    private String application;
    private String consultation;
    private String reconsideration;
    private String lawsuit;
    private String document;

    /** One write endpoint: its path with the ids of real aggregates, and a body it accepts. */
    record Endpoint(String path, Map<String, Object> body) {}

    /** A kind of damage and the rules that may refuse it. */
    enum Damage {
        MALFORMED_JSON("MalformedJson", "WrongType"),
        NOT_AN_OBJECT("MalformedJson"),
        WRONG_TYPE("WrongType", "NumberOutOfRange", "CountOutOfRange", "NotAWholeNumber", "UnknownCode"),
        UNKNOWN_CODE("UnknownCode", "Required"),
        IMPOSSIBLE_DATE("WrongType", "DateOutOfRange", "BusinessDateInFuture"),
        // a correction of an open application is refused for that before its date is looked at
        FUTURE_DATE("BusinessDateInFuture", "DateOutOfRange", "ApplicationNotClosed"),
        HUGE_STRING("TextTooLong", "IdGrammar", "UnknownCode", "WrongType"),
        MISSING_FIELD("Required"),
        // a blank id is Required; the security filters refuse some characters in a path as MalformedPath
        WRONG_ID("UnknownId", "UnknownAgency", "IdGrammar", "Required", "MalformedPath"),
        OVERLONG_ID("IdGrammar", "MalformedPath");

        final Set<String> rules;

        private final String primary;

        Damage(String... rules) {
            this.rules = Set.of(rules);
            this.primary = rules[0];
        }

        /** The rule this damage is about; the others refuse it where another rule applies first. */
        String primary() {
            return primary;
        }
    }

    record Attempt(Endpoint endpoint, Damage damage, String path, String body) {
        @Override
        public String toString() {
            String shown = body.length() > 300 ? body.substring(0, 300) + "… (" + body.length() + " chars)" : body;
            return damage + " POST " + (path.length() > 200 ? path.substring(0, 200) + "…" : path) + " " + shown;
        }
    }

    @BeforeAll
    static void printTheSeed() {
        System.out.println("BadInputIT seed " + SEED + " (replay with -Dbadinput.seed=" + SEED + ")");
    }

    @BeforeEach
    void realAggregates() {
        http = http.withBasicAuth("admin", Admin.PASSWORD);
        parent = created("/api/agencies", Map.of("name", "托里县人民政府"), "agencyId");
        agency = created("/api/agencies", Map.of("name", "托里县库普乡人民政府", "parentAgencyId", parent), "agencyId");
        application = created(
                "/api/applications",
                Map.of("agencyId", agency, "receivedOn", DAY, "channel", "ONLINE", "applicantType", "NATURAL_PERSON"),
                "applicationId");
        consultation = "consultation-" + UUID.randomUUID();
        send(
                "/api/applications/" + application + "/consultations",
                json(Map.of("consultationId", consultation, "party", "THIRD_PARTY", "startedOn", DAY)));
        reconsideration = created("/api/reconsiderations", Map.of("agencyId", agency, "filedOn", DAY), "caseId");
        lawsuit = created("/api/lawsuits", Map.of("agencyId", agency, "route", "DIRECT", "filedOn", DAY), "caseId");
        document = created(
                "/api/agencies/" + agency + "/regulatory-documents",
                Map.of("kind", "RULE", "title", "托里县政府信息公开规定", "issuedOn", DAY),
                "documentId");
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void answersEveryGeneratedBadRequestWithAProblemNamingItsRuleAndStoresNothingForIt(Damage damage) {
        Random random = new Random(SEED + damage.ordinal());
        List<Endpoint> endpoints = endpoints().stream()
                .filter(endpoint -> damageable(endpoint, damage))
                .toList();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> refused = new LinkedHashMap<>();
        int accepted = 0;
        for (int i = 0; i < REQUESTS_PER_DAMAGE; i++) {
            Attempt attempt =
                    damaged(endpoints.get(random.nextInt(endpoints.size())), damage, random.nextInt(1_000_000));
            long eventsBefore = events();
            ResponseEntity<String> answer = send(attempt.path(), attempt.body());
            int status = answer.getStatusCode().value();
            String rule = problem(answer.getBody()).path("rule").asText(null);
            MediaType type = answer.getHeaders().getContentType();
            if (status < 400) {
                accepted++;
                failures.add(status + " accepted: " + attempt + ": " + answer.getBody());
            } else if (status >= 500) {
                failures.add(status + " for " + attempt + ": " + answer.getBody());
            } else if (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON) || rule == null) {
                failures.add(status + " without a problem naming a rule for " + attempt + ": " + answer.getBody());
            } else {
                refused.merge(rule, 1, Integer::sum);
                if (!damage.rules.contains(rule)) {
                    failures.add(status + " " + rule + " is not one of " + damage.rules + " for " + attempt);
                }
                if (events() != eventsBefore) {
                    failures.add(status + " but events were stored for " + attempt);
                }
            }
        }
        assertThat(failures.stream().limit(20).toList())
                .as(
                        "seed %d (replay with -Dbadinput.seed=%d): %d %s requests, %d accepted, refused by rule %s",
                        SEED, SEED, REQUESTS_PER_DAMAGE, damage, accepted, refused)
                .isEmpty();
        assertThat(accepted).as("seed %d", SEED).isZero();
        // every request was refused with a rule, and the rule this kind of damage is about was among them
        assertThat(refused.values().stream().mapToInt(Integer::intValue).sum())
                .as("seed %d: refused by rule %s", SEED, refused)
                .isEqualTo(REQUESTS_PER_DAMAGE);
        assertThat(refused).as("seed %d", SEED).containsKey(damage.primary());
    }

    /** Only damage that is damage: a code where the endpoint has one, a date where it has one. */
    private static boolean damageable(Endpoint endpoint, Damage damage) {
        return switch (damage) {
            case UNKNOWN_CODE -> endpoint.body().values().stream().anyMatch(BadInputIT::isCode);
            case IMPOSSIBLE_DATE, FUTURE_DATE ->
                endpoint.body().keySet().stream().anyMatch(f -> f.endsWith("On") || f.startsWith("period"));
            case MISSING_FIELD -> endpoint.body().keySet().stream().anyMatch(f -> !OPTIONAL.contains(f));
            case WRONG_ID ->
                endpoint.path().split("/").length > 3
                        || endpoint.body().containsKey("agencyId")
                        || endpoint.body().containsKey("parentAgencyId");
            default -> true;
        };
    }

    private List<Endpoint> endpoints() {
        String app = "/api/applications/" + application;
        String agencyPath = "/api/agencies/" + agency;
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(
                new Endpoint("/api/agencies", Map.of("name", "托里县某局", "parentAgencyId", parent, "level", "COUNTY")));
        endpoints.add(new Endpoint(
                "/api/applications",
                Map.of(
                        "agencyId",
                        agency,
                        "receivedOn",
                        DAY,
                        "channel",
                        "IN_PERSON",
                        "applicantType",
                        "COMMERCIAL_ENTERPRISE",
                        "subject",
                        "2023年度财政预算")));
        endpoints.add(new Endpoint(app + "/decision", Map.of("outcome", "DISCLOSED", "decidedOn", DAY)));
        endpoints.add(new Endpoint(
                app + "/decision-correction",
                Map.of("outcome", "PARTIALLY_DISCLOSED", "decidedOn", DAY, "reason", "复议纠正")));
        endpoints.add(new Endpoint(app + "/withdrawal", Map.of("withdrawnOn", DAY)));
        endpoints.add(new Endpoint(app + "/supplement-request", Map.of("requestedOn", DAY)));
        endpoints.add(new Endpoint(app + "/supplement-receipt", Map.of("receivedOn", DAY)));
        endpoints.add(new Endpoint(app + "/extension", Map.of("extendedOn", DAY, "workingDays", 20, "reason", "需要协调")));
        endpoints.add(new Endpoint(app + "/consultations", Map.of("party", "OTHER_AGENCY", "startedOn", DAY)));
        endpoints.add(new Endpoint(app + "/consultations/" + consultation + "/end", Map.of("endedOn", DAY)));
        endpoints.add(new Endpoint(
                app + "/fee-notice", Map.of("issuedOn", DAY, "amountYuan", "12.50", "scheme", "PER_PAGE")));
        endpoints.add(new Endpoint(app + "/fee-payment", Map.of("paidOn", DAY)));
        endpoints.add(new Endpoint(
                "/api/reconsiderations", Map.of("agencyId", agency, "applicationId", application, "filedOn", DAY)));
        endpoints.add(new Endpoint(
                "/api/reconsiderations/" + reconsideration + "/conclusion",
                Map.of("result", "UPHELD", "concludedOn", DAY)));
        endpoints.add(new Endpoint(
                "/api/lawsuits", Map.of("agencyId", agency, "route", "AFTER_RECONSIDERATION", "filedOn", DAY)));
        endpoints.add(new Endpoint(
                "/api/lawsuits/" + lawsuit + "/conclusion", Map.of("result", "CORRECTED", "concludedOn", DAY)));
        endpoints.add(new Endpoint(
                agencyPath + "/regulatory-documents",
                Map.of(
                        "kind",
                        "NORMATIVE_DOCUMENT",
                        "title",
                        "关于规范政府信息公开的通知",
                        "documentNumber",
                        "托政发〔2024〕1号",
                        "issuedOn",
                        DAY)));
        endpoints.add(
                new Endpoint(agencyPath + "/regulatory-documents/" + document + "/repeal", Map.of("repealedOn", DAY)));
        String quarterStart = TODAY.withDayOfMonth(1)
                .withMonth(((TODAY.getMonthValue() - 1) / 3) * 3 + 1)
                .toString();
        endpoints.add(new Endpoint(
                agencyPath + "/decision-tallies",
                Map.of("category", "LICENSING", "periodStart", quarterStart, "periodEnd", DAY, "count", 12)));
        endpoints.add(new Endpoint(
                agencyPath + "/administrative-fees",
                Map.of("periodStart", quarterStart, "periodEnd", DAY, "amountYuan", "300.00")));
        endpoints.add(new Endpoint(agencyPath + "/rename", Map.of("name", "托里县库普镇人民政府", "effectiveOn", DAY)));
        endpoints.add(new Endpoint(agencyPath + "/move", Map.of("parentAgencyId", parent, "effectiveOn", DAY)));
        endpoints.add(new Endpoint(agencyPath + "/closure", Map.of("closedOn", DAY)));
        return endpoints;
    }

    /** The endpoint's good request with one kind of damage, chosen and shaped by {@code seed}. */
    private Attempt damaged(Endpoint endpoint, Damage damage, int seed) {
        java.util.Random random = new java.util.Random(seed);
        Map<String, Object> body = new LinkedHashMap<>(endpoint.body());
        List<String> fields = new ArrayList<>(body.keySet());
        String field = fields.get(random.nextInt(fields.size()));
        String path = endpoint.path();
        String text = null;
        switch (damage) {
            case MALFORMED_JSON -> {
                String good = json(body);
                text = switch (random.nextInt(5)) {
                    case 0 -> good.substring(0, random.nextInt(good.length()));
                    case 1 -> good.replace("\"", random.nextBoolean() ? "'" : "");
                    case 2 -> good + "}";
                    case 3 -> good.replaceFirst(":", "");
                    default -> randomText(random, 1 + random.nextInt(200));
                };
            }
            case NOT_AN_OBJECT ->
                text = List.of("null", "[]", "42", "\"text\"", "true", "[{}]", "")
                        .get(random.nextInt(7));
            case WRONG_TYPE -> {
                // a type the field cannot take: no number where a number (or a decimal string) is expected
                boolean numeric = body.get(field) instanceof Number || "amountYuan".equals(field);
                List<Object> wrong = numeric
                        ? List.of(true, List.of(1, 2), Map.of("a", 1), "twelve")
                        : List.of(42, -1.5, true, List.of(1, 2), Map.of("a", 1), Long.MAX_VALUE);
                body.put(field, wrong.get(random.nextInt(wrong.size())));
            }
            case UNKNOWN_CODE -> {
                // every code field gets a value outside its code list; the first field if there is none
                String target = fields.stream()
                        .filter(f -> isCode(body.get(f)))
                        .findFirst()
                        .orElse(field);
                body.put(
                        target,
                        List.of("CARRIER_PIGEON", "disclosed", "", " ", "自然人", "DISCLOSED_", "0", "null")
                                .get(random.nextInt(8)));
            }
            case IMPOSSIBLE_DATE ->
                body.put(
                        dateField(fields, field),
                        List.of(
                                        "2024-02-30",
                                        "2023-13-01",
                                        "0000-00-00",
                                        "2024-1-5",
                                        "05/01/2024",
                                        "+99999-01-01",
                                        "2024-04-31T00:00",
                                        "yesterday",
                                        "")
                                .get(random.nextInt(9)));
            case FUTURE_DATE ->
                body.put(
                        dateField(fields, field),
                        TODAY.plusDays(1 + random.nextInt(5000)).toString());
            case HUGE_STRING -> body.put(field, "长".repeat(10_000 + random.nextInt(200_000)));
            case MISSING_FIELD -> {
                List<String> required =
                        fields.stream().filter(f -> !OPTIONAL.contains(f)).toList();
                body.remove(required.get(random.nextInt(required.size())));
            }
            case WRONG_ID, OVERLONG_ID -> {
                String id = damage == Damage.OVERLONG_ID ? "x".repeat(256 + random.nextInt(5_000)) : wrongId(random);
                // a wrong id goes where an id must name a recorded fact; an overlong one in any id field
                List<String> idFields = fields.stream()
                        .filter(f -> damage == Damage.OVERLONG_ID
                                ? f.endsWith("Id")
                                : f.equals("agencyId") || f.equals("parentAgencyId"))
                        .toList();
                boolean inPath = path.split("/").length > 3;
                if (inPath && (idFields.isEmpty() || random.nextBoolean())) {
                    path = replaceId(
                            path, URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
                } else {
                    body.put(idFields.get(random.nextInt(idFields.size())), id);
                }
            }
        }
        return new Attempt(endpoint, damage, path, text != null ? text : json(body));
    }

    private static boolean isCode(Object value) {
        return value instanceof String s && s.matches("[A-Z_]+");
    }

    private static String dateField(List<String> fields, String fallback) {
        return fields.stream()
                .filter(f -> f.endsWith("On") || f.startsWith("period"))
                .findFirst()
                .orElse(fallback);
    }

    /**
     * Ids nobody registered. Slashes, percent signs and backslashes are left out: encoded in a path, Tomcat refuses
     * them itself (400 with its own HTML page) before the service sees the request. An empty id is not generated
     * either: {@code /api/applications//decision} matches no endpoint (Spring's 404 problem, without a rule).
     */
    private static String wrongId(java.util.Random random) {
        return switch (random.nextInt(4)) {
            // from the seeded random, so that -Dbadinput.seed replays the very same ids
            case 0 -> new UUID(random.nextLong(), random.nextLong()).toString();
            case 1 -> "不存在的机关";
            case 2 -> " ";
            // never empty: an empty segment is another path (/api/applications//decision), not a wrong id
            default -> "id" + randomText(random, 1 + random.nextInt(40)).replaceAll("[/%\\\\]", "");
        };
    }

    /** Replaces the id after the collection name: {@code /api/applications/{id}/decision}. */
    private static String replaceId(String path, String id) {
        String[] segments = path.split("/");
        segments[3] = id;
        return String.join("/", segments);
    }

    private static String randomText(java.util.Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (0x20 + random.nextInt(0x5e)));
        }
        return text.toString();
    }

    private String created(String path, Map<String, Object> body, String idField) {
        ResponseEntity<String> answer = send(path, json(body));
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        try {
            return JSON.readTree(answer.getBody()).path(idField).asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ResponseEntity<String> send(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return http.exchange(
                URI.create(http.getRootUri() + path), HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private static JsonNode problem(String body) {
        try {
            return body == null ? JSON.nullNode() : JSON.readTree(body);
        } catch (Exception e) {
            return JSON.nullNode();
        }
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
