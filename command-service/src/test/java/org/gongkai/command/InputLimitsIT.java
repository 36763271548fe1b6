package org.gongkai.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gongkai.events.InputLimits;
import org.gongkai.events.InputLimits.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * The input limits over HTTP on the running command service (embedded PostgreSQL and Kafka): each broken limit is
 * a 400 problem naming the field and the rule with nothing stored, and a value at each limit is accepted.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=command-service",
            Admin.PASSWORD_PROPERTY,
            "gongkai.kafka.topic=input-limits-it",
            "gongkai.kafka.partitions=1"
        })
class InputLimitsIT {

    private static final LocalDate TODAY = LocalDate.now(org.gongkai.events.calendar.BusinessClock.china());
    private static final String DAY = TODAY.minusDays(3).toString();
    private static final String QUARTER_START = TODAY.withDayOfMonth(1)
            .withMonth(((TODAY.getMonthValue() - 1) / 3) * 3 + 1)
            .toString();
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
    private String otherAgency;
    private String application;
    private String otherApplication;

    record Case(String method, String path, String body, String field, String rule) {}

    @BeforeEach
    void aggregates() {
        http = http.withBasicAuth("admin", Admin.PASSWORD);
        agency = created("/api/agencies", Map.of("name", "托里县人民政府"), "agencyId");
        otherAgency = created("/api/agencies", Map.of("name", "额敏县人民政府"), "agencyId");
        application = created("/api/applications", receipt(agency, Map.of()), "applicationId");
        otherApplication = created("/api/applications", receipt(otherAgency, Map.of()), "applicationId");
    }

    @Test
    void answersEachBrokenLimitWithAProblemNamingFieldAndRuleAndStoresNothing() {
        String app = "/api/applications/" + application;
        String agencyPath = "/api/agencies/" + agency;
        List<Case> cases = List.of(
                post(
                        "/api/applications",
                        receipt(agency, Map.of("applicationId", "app 1")),
                        "applicationId",
                        "IdGrammar"),
                post(
                        "/api/applications",
                        receipt(agency, Map.of("applicationId", "a".repeat(InputLimits.ID_MAX_LENGTH + 1))),
                        "applicationId",
                        "IdGrammar"),
                new Case(
                        "POST",
                        "/api/applications",
                        json(receipt(agency, Map.of())).replace("{", "{\"applicationId\":\"x\\ud800\","),
                        "applicationId",
                        "IdGrammar"),
                post("/api/applications", receipt("a\u0000", Map.of()), "agencyId", "IdGrammar"),
                post("/api/applications", receipt(agency, Map.of("applicationId", "")), "applicationId", "IdGrammar"),
                post(
                        "/api/applications",
                        receipt(agency, Map.of("subject", "长".repeat(Text.SUBJECT.maxLength() + 1))),
                        "subject",
                        "TextTooLong"),
                post(
                        "/api/applications",
                        receipt(agency, Map.of("subject", "预算\u0000")),
                        "subject",
                        "ControlCharacter"),
                post(
                        "/api/applications",
                        receipt(agency, Map.of("receivedOn", "0000-01-01")),
                        "receivedOn",
                        "DateOutOfRange"),
                post(
                        "/api/applications",
                        receipt(agency, Map.of("receivedOn", "1999-12-31")),
                        "receivedOn",
                        "DateOutOfRange"),
                post(
                        app + "/supplement-request",
                        Map.of("requestedOn", DAY, "dueOn", TODAY.plusYears(2).toString()),
                        "dueOn",
                        "DateOutOfRange"),
                post(
                        app + "/extension",
                        Map.of("extendedOn", DAY, "workingDays", 1.5, "reason", "需要协调"),
                        "workingDays",
                        "NotAWholeNumber"),
                post(
                        app + "/decision-correction",
                        Map.of("outcome", "DISCLOSED", "decidedOn", DAY, "reason", "复议\u0007纠正"),
                        "reason",
                        "ControlCharacter"),
                new Case(
                        "POST",
                        "/api/applications/a'b/decision",
                        json(Map.of("outcome", "DISCLOSED", "decidedOn", DAY)),
                        "applicationId",
                        "IdGrammar"),
                post(
                        agencyPath + "/administrative-fees",
                        Map.of("periodStart", QUARTER_START, "periodEnd", DAY, "amountYuan", "1000000000000000000.00"),
                        "amountYuan",
                        "AmountOutOfRange"),
                new Case(
                        "POST",
                        agencyPath + "/decision-tallies",
                        "{\"category\":\"LICENSING\",\"periodStart\":\"" + QUARTER_START + "\",\"periodEnd\":\"" + DAY
                                + "\",\"count\":9223372036854775807}",
                        "count",
                        "CountOutOfRange"),
                new Case(
                        "POST",
                        agencyPath + "/decision-tallies",
                        "{\"category\":\"LICENSING\",\"periodStart\":\"" + QUARTER_START + "\",\"periodEnd\":\"" + DAY
                                + "\",\"count\":1.9}",
                        "count",
                        "NotAWholeNumber"),
                new Case(
                        "POST",
                        agencyPath + "/decision-tallies",
                        "{\"category\":\"LICENSING\",\"periodStart\":\"" + QUARTER_START + "\",\"periodEnd\":\"" + DAY
                                + "\",\"count\":99999999999999999999}",
                        "count",
                        "CountOutOfRange"),
                post(
                        agencyPath + "/regulatory-documents",
                        Map.of("kind", "RULE", "title", "题".repeat(Text.TITLE.maxLength() + 1), "issuedOn", DAY),
                        "title",
                        "TextTooLong"),
                post(
                        agencyPath + "/regulatory-documents",
                        Map.of("kind", "RULE", "title", "规定", "documentNumber", "托政发\n1号", "issuedOn", DAY),
                        "documentNumber",
                        "ControlCharacter"),
                post("/api/agencies", Map.of("name", "机".repeat(Text.NAME.maxLength() + 1)), "name", "TextTooLong"),
                new Case(
                        "PUT",
                        agencyPath + "/reports/" + (TODAY.getYear() - 1) + "/narrative/OVERVIEW",
                        json(Map.of("text", "文".repeat(Text.NARRATIVE.maxLength() + 1))),
                        "text",
                        "TextTooLong"),
                post(
                        "/api/reconsiderations",
                        Map.of("agencyId", agency, "applicationId", "", "filedOn", DAY),
                        "applicationId",
                        "IdGrammar"),
                post(
                        "/api/reconsiderations",
                        Map.of(
                                "agencyId",
                                agency,
                                "applicationId",
                                UUID.randomUUID().toString(),
                                "filedOn",
                                DAY),
                        "applicationId",
                        "ApplicationNotOfAgency"),
                post(
                        "/api/lawsuits",
                        Map.of(
                                "agencyId",
                                agency,
                                "applicationId",
                                otherApplication,
                                "route",
                                "DIRECT",
                                "filedOn",
                                DAY),
                        "applicationId",
                        "ApplicationNotOfAgency"),
                post(
                        "/api/users",
                        Map.of(
                                "username",
                                "clerk-" + agency,
                                "password",
                                " ".repeat(8),
                                "role",
                                "CLERK",
                                "agencyId",
                                agency),
                        "password",
                        "WeakPassword"),
                post(
                        "/api/users",
                        Map.of(
                                "username",
                                "clerk-" + agency,
                                "password",
                                "abc 1234",
                                "role",
                                "CLERK",
                                "agencyId",
                                agency),
                        "password",
                        "WeakPassword"),
                post(
                        "/api/users",
                        Map.of(
                                "username",
                                "clerk-" + agency,
                                "password",
                                "密".repeat(25),
                                "role",
                                "CLERK",
                                "agencyId",
                                agency),
                        "password",
                        "PasswordTooLong"));
        List<String> failures = new ArrayList<>();
        for (Case refused : cases) {
            long before = events();
            ResponseEntity<String> answer = send(refused.method(), refused.path(), refused.body());
            JsonNode problem = parse(answer.getBody());
            MediaType type = answer.getHeaders().getContentType();
            if (answer.getStatusCode().value() != 400
                    || type == null
                    || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    || !refused.field().equals(problem.path("field").asText())
                    || !refused.rule().equals(problem.path("rule").asText())) {
                failures.add(refused.rule() + " " + refused.field() + " on " + refused.path() + ": "
                        + answer.getStatusCode().value() + " " + answer.getBody());
            }
            if (events() != before) {
                failures.add(refused.rule() + " " + refused.field() + " on " + refused.path() + " stored events");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void acceptsAFactAtEveryLimit() {
        String longestId = longestId("a");
        String longestApplicationId = longestId("b");
        String longAgency = created(
                "/api/agencies", Map.of("agencyId", longestId, "name", "机".repeat(Text.NAME.maxLength())), "agencyId");
        assertThat(longAgency).isEqualTo(longestId);
        String longApplication = created(
                "/api/applications",
                receipt(
                        longestId,
                        Map.of(
                                "applicationId",
                                longestApplicationId,
                                "subject",
                                "长".repeat(Text.SUBJECT.maxLength()),
                                "receivedOn",
                                InputLimits.EARLIEST_DATE.toString())),
                "applicationId");
        assertThat(longApplication).isEqualTo(longestApplicationId);
        String agencyPath = "/api/agencies/" + longestId;
        assertCreated(post(
                agencyPath + "/decision-tallies",
                Map.of(
                        "category",
                        "PENALTY",
                        "periodStart",
                        QUARTER_START,
                        "periodEnd",
                        DAY,
                        "count",
                        InputLimits.MAX_COUNT),
                null,
                null));
        assertCreated(post(
                agencyPath + "/administrative-fees",
                Map.of(
                        "periodStart",
                        QUARTER_START,
                        "periodEnd",
                        DAY,
                        "amountYuan",
                        InputLimits.MAX_YUAN.toPlainString()),
                null,
                null));
        assertCreated(post(
                agencyPath + "/regulatory-documents",
                Map.of(
                        "documentId",
                        longestId("d"),
                        "kind",
                        "RULE",
                        "title",
                        "题".repeat(Text.TITLE.maxLength()),
                        "documentNumber",
                        "号".repeat(Text.DOCUMENT_NUMBER.maxLength()),
                        "issuedOn",
                        DAY)));
        assertCreated(post(
                "/api/reconsiderations",
                Map.of(
                        "caseId",
                        longestId("c"),
                        "agencyId",
                        longestId,
                        "applicationId",
                        longestApplicationId,
                        "filedOn",
                        DAY)));
        ResponseEntity<String> supplement = send(
                "POST",
                "/api/applications/" + longestApplicationId + "/supplement-request",
                json(Map.of("requestedOn", DAY, "dueOn", TODAY.plusYears(1).toString())));
        assertThat(supplement.getStatusCode().value()).as(supplement.getBody()).isEqualTo(200);
        ResponseEntity<String> narrative = send(
                "PUT",
                agencyPath + "/reports/" + (TODAY.getYear() - 1) + "/narrative/OVERVIEW",
                json(Map.of("text", "文\n".repeat(Text.NARRATIVE.maxLength() / 2))));
        assertThat(narrative.getStatusCode().value()).as(narrative.getBody()).isEqualTo(200);
    }

    @Test
    void answersAnIdOfAnotherKindWithAConflictAndStoresNothing() {
        long before = events();
        ResponseEntity<String> answer =
                send("POST", "/api/applications", json(receipt(agency, Map.of("applicationId", agency))));
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(409);
        assertThat(parse(answer.getBody()).path("rule").asText()).isEqualTo("IdOfAnotherKind");
        ResponseEntity<String> decision = send(
                "POST",
                "/api/applications/" + agency + "/decision",
                json(Map.of("outcome", "DISCLOSED", "decidedOn", DAY)));
        // no application has that id: unknown ids are 404 (CONTRACT.md §2), naming the field (ADR 0021)
        assertThat(decision.getStatusCode().value()).as(decision.getBody()).isEqualTo(404);
        assertThat(parse(decision.getBody()).path("field").asText()).isEqualTo("applicationId");
        assertThat(parse(answer.getBody()).path("field").asText()).isEqualTo("applicationId");
        assertThat(events()).isEqualTo(before);
    }

    /** An id of the greatest length, unique to this run. */
    private static String longestId(String prefix) {
        String id = prefix + UUID.randomUUID().toString().replace("-", "");
        return id + "-".repeat(InputLimits.ID_MAX_LENGTH - id.length());
    }

    private static Case post(String path, Map<String, ?> body, String field, String rule) {
        return new Case("POST", path, json(body), field, rule);
    }

    private static Case post(String path, Map<String, ?> body) {
        return post(path, body, null, null);
    }

    private void assertCreated(Case request) {
        ResponseEntity<String> answer = send(request.method(), request.path(), request.body());
        assertThat(answer.getStatusCode().value())
                .as(request.path() + " " + answer.getBody())
                .isEqualTo(201);
    }

    private static Map<String, Object> receipt(String agencyId, Map<String, Object> overrides) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of(
                "agencyId", agencyId, "receivedOn", DAY, "channel", "ONLINE", "applicantType", "NATURAL_PERSON"));
        body.putAll(overrides);
        return body;
    }

    private String created(String path, Map<String, Object> body, String idField) {
        ResponseEntity<String> answer = send("POST", path, json(body));
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        return parse(answer.getBody()).path(idField).asText();
    }

    private ResponseEntity<String> send(String method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return http.exchange(
                URI.create(http.getRootUri() + path),
                HttpMethod.valueOf(method),
                new HttpEntity<>(body, headers),
                String.class);
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null ? JSON.nullNode() : JSON.readTree(body);
        } catch (Exception e) {
            return JSON.nullNode();
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
