package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Input that is merely odd answers a problem naming the rule, on both ports: the front door,
 * which forwards writes, and the command service's own port. Never a 500, and a refused request stores nothing.
 */
class OddInputIT extends RunningStack {

    static final String DAY = YEAR + "-03-04";

    static String agency;
    static String application;
    static String reconsideration;
    static String document;

    /** Which port a request goes to: both must answer alike. */
    enum Port {
        FRONT_DOOR,
        COMMAND_PORT
    }

    /**
     * One odd request and what it must be answered with. {@code {agency}}, {@code {application}}, {@code {case}}
     * and {@code {document}} in the path and body name facts recorded before.
     */
    record Odd(
            String name,
            String path,
            String contentType,
            String body,
            Set<Integer> statuses,
            String rule,
            String field) {

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void recordFacts() throws Exception {
        agency = frontDoor.register("托里县库普乡人民政府");
        application = "application-" + UUID.randomUUID();
        frontDoor.post(
                "/api/applications",
                java.util.Map.of(
                        "applicationId", application,
                        "agencyId", agency,
                        "receivedOn", DAY,
                        "channel", "ONLINE",
                        "applicantType", "NATURAL_PERSON"));
        reconsideration = "case-" + UUID.randomUUID();
        frontDoor.post(
                "/api/reconsiderations",
                java.util.Map.of("caseId", reconsideration, "agencyId", agency, "filedOn", DAY));
        document = "document-" + UUID.randomUUID();
        frontDoor.post(
                "/api/agencies/" + agency + "/regulatory-documents",
                java.util.Map.of("documentId", document, "kind", "RULE", "title", "规定", "issuedOn", DAY));
    }

    static Stream<Arguments> oddInput() {
        List<Odd> odd = new ArrayList<>();
        // ids a client could send in a create's body: JSON strings as written on the wire
        List<String[]> oddIds = List.of(
                new String[] {"a space", "\"a b\""},
                new String[] {"a quote", "\"a\\\"b\""},
                new String[] {"a NUL", "\"a\\u0000b\""},
                new String[] {"a lone surrogate", "\"a\\ud800b\""},
                new String[] {"256 characters", "\"" + "x".repeat(256) + "\""});
        for (String[] id : oddIds) {
            odd.add(bad(
                    "application id with " + id[0],
                    "/api/applications",
                    receipt("\"applicationId\":" + id[1] + ","),
                    "applicationId"));
            odd.add(bad(
                    "agency id with " + id[0],
                    "/api/agencies",
                    "{\"agencyId\":" + id[1] + ",\"name\":\"某局\"}",
                    "agencyId"));
            odd.add(bad(
                    "reconsideration id with " + id[0],
                    "/api/reconsiderations",
                    "{\"caseId\":" + id[1] + ",\"agencyId\":\"{agency}\",\"filedOn\":\"" + DAY + "\"}",
                    "caseId"));
            odd.add(bad(
                    "document id with " + id[0],
                    "/api/agencies/{agency}/regulatory-documents",
                    "{\"documentId\":" + id[1] + ",\"kind\":\"RULE\",\"title\":\"规定\",\"issuedOn\":\"" + DAY + "\"}",
                    "documentId"));
        }
        // the same ids in a path: percent-encoded, as a client must send them
        List<String[]> oddPathIds = List.of(
                new String[] {"a space", "a%20b"},
                new String[] {"a quote", "a%22b"},
                new String[] {"a NUL", "a%00b"},
                new String[] {"a lone surrogate", "a%ED%A0%80b"},
                new String[] {"256 characters", "x".repeat(256)});
        for (String[] id : oddPathIds) {
            odd.add(new Odd(
                    "decision on an application id with " + id[0],
                    "/api/applications/" + id[1] + "/decision",
                    "application/json",
                    "{\"outcome\":\"DISCLOSED\",\"decidedOn\":\"" + DAY + "\"}",
                    Set.of(400, 404),
                    null,
                    null));
        }
        // an id already used by a fact of another kind
        odd.add(conflict(
                "reconsideration named like an application",
                "/api/reconsiderations",
                "{\"caseId\":\"{application}\",\"agencyId\":\"{agency}\",\"filedOn\":\"" + DAY + "\"}",
                "caseId"));
        odd.add(conflict(
                "lawsuit named like an application",
                "/api/lawsuits",
                "{\"caseId\":\"{application}\",\"agencyId\":\"{agency}\",\"route\":\"DIRECT\",\"filedOn\":\"" + DAY
                        + "\"}",
                "caseId"));
        odd.add(conflict(
                "document named like an application",
                "/api/agencies/{agency}/regulatory-documents",
                "{\"documentId\":\"{application}\",\"kind\":\"RULE\",\"title\":\"规定\",\"issuedOn\":\"" + DAY + "\"}",
                "documentId"));
        odd.add(conflict(
                "application named like a reconsideration",
                "/api/applications",
                receipt("\"applicationId\":\"{case}\","),
                "applicationId"));
        odd.add(conflict(
                "application named like a document",
                "/api/applications",
                receipt("\"applicationId\":\"{document}\","),
                "applicationId"));
        odd.add(conflict(
                "agency named like an application",
                "/api/agencies",
                "{\"agencyId\":\"{application}\",\"name\":\"某局\"}",
                "agencyId"));
        odd.add(unknown(
                "decision on a reconsideration's id",
                "/api/applications/{case}/decision",
                "{\"outcome\":\"DISCLOSED\",\"decidedOn\":\"" + DAY + "\"}"));
        odd.add(unknown(
                "conclusion of an application's id",
                "/api/reconsiderations/{application}/conclusion",
                "{\"result\":\"UPHELD\",\"concludedOn\":\"" + DAY + "\"}"));
        odd.add(unknown(
                "lawsuit conclusion of a reconsideration",
                "/api/lawsuits/{case}/conclusion",
                "{\"result\":\"UPHELD\",\"concludedOn\":\"" + DAY + "\"}"));
        odd.add(unknown(
                "rename of an application's id",
                "/api/agencies/{application}/rename",
                "{\"name\":\"某局\",\"effectiveOn\":\"" + DAY + "\"}"));
        odd.add(unknown(
                "repeal of an application's id",
                "/api/agencies/{agency}/regulatory-documents/{application}/repeal",
                "{\"repealedOn\":\"" + DAY + "\"}"));
        // framings and content types
        for (String type : new String[] {"*/*", "text/plain", "application/xml", "application/x-www-form-urlencoded"}) {
            odd.add(new Odd("content type " + type, "/api/applications", type, receipt(""), Set.of(415), null, null));
        }
        odd.add(new Odd("no content type", "/api/applications", null, receipt(""), Set.of(415), null, null));
        odd.add(new Odd("an empty body", "/api/applications", "application/json", "", Set.of(400), null, null));
        odd.add(bad("malformed JSON", "/api/applications", "{\"agencyId\":", null));
        odd.add(bad("a JSON array", "/api/applications", "[]", null));
        odd.add(bad("a JSON string", "/api/applications", "\"text\"", null));
        // wrong JSON types, unknown codes, odd numbers
        odd.add(bad(
                "a number for a date",
                "/api/applications",
                receipt("").replace("\"" + DAY + "\"", "42"),
                "receivedOn"));
        odd.add(bad("an object for a code", "/api/applications", receipt("").replace("\"ONLINE\"", "{}"), "channel"));
        odd.add(bad(
                "an unknown code", "/api/applications", receipt("").replace("\"ONLINE\"", "\"PIGEON\""), "channel"));
        odd.add(bad("a number for an id", "/api/applications", receipt("\"applicationId\":42,"), "applicationId"));
        odd.add(bad("a number for a text", "/api/applications", receipt("\"subject\":42,"), "subject"));
        odd.add(bad("a boolean for a text", "/api/applications", receipt("\"subject\":true,"), "subject"));
        odd.add(bad(
                "a text for a count",
                "/api/applications/{application}/extension",
                "{\"extendedOn\":\"" + DAY + "\",\"workingDays\":\"twenty\",\"reason\":\"协调\"}",
                "workingDays"));
        odd.add(bad(
                "a fraction for a count",
                "/api/applications/{application}/extension",
                "{\"extendedOn\":\"" + DAY + "\",\"workingDays\":1.9,\"reason\":\"协调\"}",
                "workingDays"));
        odd.add(bad("a huge count", "/api/agencies/{agency}/decision-tallies", tally("99999999999999999999"), "count"));
        odd.add(bad("an exponent count", "/api/agencies/{agency}/decision-tallies", tally("1e400"), "count"));
        odd.add(bad("a fraction tally", "/api/agencies/{agency}/decision-tallies", tally("1.9"), "count"));
        odd.add(bad(
                "an amount with a huge negative exponent",
                "/api/agencies/{agency}/administrative-fees",
                fees("\"1E-1000000000\""),
                "amountYuan"));
        odd.add(bad(
                "an amount with a huge exponent",
                "/api/agencies/{agency}/administrative-fees",
                fees("\"1E+1000000000\""),
                "amountYuan"));
        odd.add(bad(
                "an amount as a huge number",
                "/api/agencies/{agency}/administrative-fees",
                fees("1" + "0".repeat(400)),
                "amountYuan"));
        return odd.stream().flatMap(o -> Stream.of(Port.values()).map(port -> Arguments.of(o, port)));
    }

    @ParameterizedTest(name = "{0} on the {1}")
    @MethodSource("oddInput")
    void answersOddInputWithAProblemNamingTheRuleAndStoresNothing(Odd odd, Port port) throws Exception {
        RawClient client = new RawClient(
                port == Port.FRONT_DOOR ? stack.url() : stack.commandServiceUrl(),
                stack.adminPassword().orElseThrow());
        long eventsBefore = events();

        RawClient.Answer answer = client.send(
                "POST",
                filled(odd.path()),
                odd.contentType(),
                odd.body() == null ? null : filled(odd.body()).getBytes(StandardCharsets.UTF_8),
                false);

        assertThat(answer.status()).as("%s", answer).isIn(odd.statuses());
        assertThat(answer.isProblem()).as("a problem body: %s", answer).isTrue();
        assertThat(answer.rule()).as("the rule: %s", answer).isNotBlank();
        if (odd.rule() != null) {
            assertThat(answer.rule()).as("%s", answer).isEqualTo(odd.rule());
        }
        if (odd.field() != null) {
            assertThat(answer.field()).as("the field: %s", answer).isEqualTo(odd.field());
        }
        assertThat(events()).as("events stored for a refused request").isEqualTo(eventsBefore);
    }

    private static Odd bad(String name, String path, String body, String field) {
        return new Odd(name, path, "application/json", body, Set.of(400), null, field);
    }

    private static Odd conflict(String name, String path, String body, String field) {
        return new Odd(name, path, "application/json", body, Set.of(409), "IdOfAnotherKind", field);
    }

    private static Odd unknown(String name, String path, String body) {
        return new Odd(name, path, "application/json", body, Set.of(404), null, null);
    }

    private static String receipt(String extra) {
        return "{" + extra + "\"agencyId\":\"{agency}\",\"receivedOn\":\"" + DAY
                + "\",\"channel\":\"ONLINE\",\"applicantType\":\"NATURAL_PERSON\"}";
    }

    private static String tally(String count) {
        return "{\"category\":\"LICENSING\",\"periodStart\":\"" + YEAR + "-01-01\",\"periodEnd\":\"" + YEAR
                + "-03-31\",\"count\":" + count + "}";
    }

    private static String fees(String amount) {
        return "{\"periodStart\":\"" + YEAR + "-01-01\",\"periodEnd\":\"" + YEAR + "-03-31\",\"amountYuan\":" + amount
                + "}";
    }

    private static String filled(String text) {
        return text.replace("{agency}", agency)
                .replace("{application}", application)
                .replace("{case}", reconsideration)
                .replace("{document}", document);
    }

    private static long events() {
        return stack.commandService()
                .getBean(JdbcTemplate.class)
                .queryForObject("select count(*) from domainevententry", Long.class);
    }

    /**
     * Canonical UUIDs are ids, never personal data, however much their groups look like numbers (all
     * digits, or a last group like a mobile number). Each kind of record takes them and the read side shows them.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("uuidsThatLookLikeNumbers")
    void acceptsCanonicalUuidsThatLookLikeNumbersAndShowsThem(String shape, List<String> ids) throws Exception {
        String agencyId = ids.get(0);
        String applicationId = ids.get(1);
        String reconsiderationId = ids.get(2);
        String lawsuitId = ids.get(3);
        String documentId = ids.get(4);

        frontDoor.post("/api/agencies", java.util.Map.of("agencyId", agencyId, "name", "托里县某镇人民政府"));
        frontDoor.post(
                "/api/applications",
                java.util.Map.of(
                        "applicationId", applicationId,
                        "agencyId", agencyId,
                        "receivedOn", DAY,
                        "channel", "ONLINE",
                        "applicantType", "NATURAL_PERSON"));
        frontDoor.post(
                "/api/reconsiderations",
                java.util.Map.of(
                        "caseId",
                        reconsiderationId,
                        "agencyId",
                        agencyId,
                        "applicationId",
                        applicationId,
                        "filedOn",
                        DAY));
        frontDoor.post(
                "/api/lawsuits",
                java.util.Map.of("caseId", lawsuitId, "agencyId", agencyId, "route", "DIRECT", "filedOn", DAY));
        frontDoor.post(
                "/api/agencies/" + agencyId + "/regulatory-documents",
                java.util.Map.of("documentId", documentId, "kind", "RULE", "title", "规定", "issuedOn", DAY));

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> {
                    assertThat(frontDoor.get("/api/agencies").findValuesAsText("agencyId"))
                            .contains(agencyId);
                    assertThat(frontDoor
                                    .get("/api/applications/" + applicationId)
                                    .path("applicationId")
                                    .asText())
                            .isEqualTo(applicationId);
                    assertThat(frontDoor
                                    .get("/api/agencies/" + agencyId + "/review-cases")
                                    .findValuesAsText("caseId"))
                            .containsExactlyInAnyOrder(reconsiderationId, lawsuitId);
                    assertThat(frontDoor
                                    .get("/api/agencies/" + agencyId + "/regulatory-documents")
                                    .findValuesAsText("documentId"))
                            .containsExactly(documentId);
                });
    }

    static Stream<Arguments> uuidsThatLookLikeNumbers() {
        return Stream.of(
                Arguments.of(
                        "groups all digits",
                        List.of(
                                "13812345-6789-1234-5678-138123456789",
                                "11010519-4912-0311-2345-139123456780",
                                "44030119-9001-0112-3456-150123456789",
                                "32010219-8012-1212-3456-186123456789",
                                "51010019-7707-0700-1234-177123456789")),
                Arguments.of(
                        "a last group like a mobile number",
                        List.of(
                                "0f8fad5b-d9cb-469f-a165-a13812345678",
                                "7c9e6679-7425-40de-944b-a13912345678",
                                "e4eaaaf2-d142-11e1-b3e4-a15012345678",
                                "16fd2706-8baf-433b-82eb-a18612345678",
                                "886313e1-3b8a-5372-9b90-a17712345678")));
    }
}
