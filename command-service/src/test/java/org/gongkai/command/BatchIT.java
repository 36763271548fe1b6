package org.gongkai.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code POST /api/batch} over real PostgreSQL: one result per command in order, a bad command refused alone with the
 * problem its single write would answer, a retried batch answered like the first time, scope per command, NDJSON,
 * and the limit of 1,000 commands. Chunks of 3 make one batch span several commits.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=command-service",
            Admin.PASSWORD_PROPERTY,
            "gongkai.kafka.topic=batch-it",
            "gongkai.kafka.partitions=1",
            "gongkai.batch.chunk-size=3",
            "gongkai.applicant-key.secret=batch-it-applicant-key-secret"
        })
class BatchIT {

    private static final LocalDate TODAY = LocalDate.now(org.gongkai.events.calendar.BusinessClock.china());
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Autowired
    org.axonframework.eventsourcing.eventstore.EventStore events;

    @Autowired
    org.axonframework.config.EventProcessingConfiguration processing;

    TestRestTemplate admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = http.withBasicAuth("admin", Admin.PASSWORD);
    }

    @Test
    void refusesBadCommandsAloneAndAnswersEachInOrder() throws Exception {
        String agency = registerAgency();
        String first = "batch-" + UUID.randomUUID();
        String second = "batch-" + UUID.randomUUID();
        List<Map<String, Object>> commands = List.of(
                command("/api/applications", receipt(first, agency)),
                command(
                        "/api/applications",
                        Map.of("agencyId", agency, "receivedOn", TODAY.toString(), "applicantType", "NATURAL_PERSON")),
                command("/api/agencies/" + agency + "/rename", Map.of("name", "别的名字")),
                command("/api/applications", receipt(second, agency)),
                command(
                        "/api/applications/" + first + "/decision",
                        Map.of("outcome", "DISCLOSED", "decidedOn", TODAY.toString())),
                command(
                        "/api/applications/" + first + "/decision",
                        Map.of("outcome", "GRANTED", "decidedOn", TODAY.toString())),
                command(
                        "/api/applications/no-such-" + UUID.randomUUID() + "/withdrawal",
                        Map.of("withdrawnOn", TODAY.toString())));

        JsonNode results = results(batch(admin, JSON.writeValueAsString(commands), "application/json"));

        assertThat(statuses(results)).containsExactly(201, 400, 400, 201, 200, 400, 404);
        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).path("index").asInt()).isEqualTo(i);
        }
        assertThat(results.get(0).path("id").asText()).isEqualTo(first);
        assertThat(results.get(0).path("answer").path("dueOn").asText()).isNotBlank();
        assertThat(results.get(0).path("answer").path("position").asText()).isNotBlank();
        assertThat(results.get(1).path("problem").path("field").asText()).isEqualTo("channel");
        assertThat(results.get(1).path("problem").path("rule").asText()).isEqualTo("Required");
        assertThat(results.get(2).path("problem").path("field").asText()).isEqualTo("path");
        assertThat(results.get(2).path("problem").path("rule").asText()).isEqualTo("UnknownBatchPath");
        assertThat(results.get(3).path("id").asText()).isEqualTo(second);
        assertThat(results.get(4).path("id").asText()).isEqualTo(first);
        assertThat(results.get(5).path("problem").path("field").asText()).isEqualTo("outcome");
        assertThat(results.get(6).path("problem").path("rule").asText()).isEqualTo("UnknownId");
        // the good ones are stored (a receipt and a decision on the first), the bad ones left nothing behind
        assertThat(eventsOf(first)).isEqualTo(2);
        assertThat(eventsOf(second)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from aggregate_agency where agency_id = ?", Integer.class, agency))
                .isEqualTo(2);
        assertThat(recordedBy(first)).containsOnly("admin");
    }

    @Test
    void answersARetriedBatchLikeTheFirstTimeAndRefusesAnotherBodyForAnIdWithAConflict() throws Exception {
        String agency = registerAgency();
        String id = "retry-" + UUID.randomUUID();
        String another = "retry-" + UUID.randomUUID();
        String body = JSON.writeValueAsString(List.of(
                command("/api/applications", receipt(id, agency)),
                command("/api/applications", receipt(another, agency))));

        JsonNode once = results(batch(admin, body, "application/json"));
        JsonNode twice = results(batch(admin, body, "application/json"));
        Map<String, Object> other = receipt(id, agency);
        other.put("channel", "IN_PERSON");
        JsonNode conflict = results(batch(
                admin, JSON.writeValueAsString(List.of(command("/api/applications", other))), "application/json"));

        assertThat(statuses(once)).containsExactly(201, 201);
        assertThat(statuses(twice)).isEqualTo(statuses(once));
        assertThat(twice.get(0).path("id").asText()).isEqualTo(id);
        assertThat(twice.get(0).path("answer").path("dueOn"))
                .isEqualTo(once.get(0).path("answer").path("dueOn"));
        assertThat(statuses(conflict)).containsExactly(409);
        assertThat(conflict.get(0).path("problem").path("rule").asText()).isNotBlank();
        assertThat(twice.get(1).path("id").asText()).isEqualTo(another);
        assertThat(eventsOf(id)).isEqualTo(1);
        assertThat(eventsOf(another)).isEqualTo(1);
    }

    @Test
    void checksTheScopeOfEachCommandForTheSignedInClerk() throws Exception {
        String own = registerAgency();
        String other = registerAgency();
        String clerk = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> user = admin.postForEntity(
                "/api/users",
                Map.of("username", clerk, "password", "a-long-password", "role", "CLERK", "agencyId", own),
                String.class);
        assertThat(user.getStatusCode().value()).isEqualTo(201);
        String mine = "mine-" + UUID.randomUUID();
        String theirs = "theirs-" + UUID.randomUUID();

        JsonNode results = results(batch(
                http.withBasicAuth(clerk, "a-long-password"),
                JSON.writeValueAsString(List.of(
                        command("/api/applications", receipt(mine, own)),
                        command("/api/applications", receipt(theirs, other)))),
                "application/json"));

        assertThat(statuses(results)).containsExactly(201, 403);
        assertThat(results.get(1).path("problem").path("rule").asText()).isEqualTo("OwnAgencyOnly");
        assertThat(eventsOf(mine)).isEqualTo(1);
        assertThat(eventsOf(theirs)).isZero();
        assertThat(recordedBy(mine)).containsOnly(clerk);
    }

    @Test
    void concurrentBatchesOverTheSameAgenciesInOppositeOrdersAllCommit() throws Exception {
        // each receipt holds its agency's case-number counter row until the chunk commits: without turns, a chunk
        // taking A then B and one taking B then A deadlock, and PostgreSQL fails one command of the two
        String a = registerAgency();
        String b = registerAgency();
        int clients = 4;
        int batchesEach = 12;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        List<java.util.concurrent.Future<List<Integer>>> sent = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            boolean forwards = c % 2 == 0;
            sent.add(pool.submit(() -> {
                List<Integer> seen = new ArrayList<>();
                for (int i = 0; i < batchesEach; i++) {
                    String first = forwards ? a : b;
                    String second = forwards ? b : a;
                    String body = JSON.writeValueAsString(List.of(
                            command("/api/applications", receipt("turn-" + UUID.randomUUID(), first)),
                            command("/api/applications", receipt("turn-" + UUID.randomUUID(), second))));
                    seen.addAll(statuses(results(batch(admin, body, "application/json"))));
                }
                return seen;
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (java.util.concurrent.Future<List<Integer>> batches : sent) {
            statuses.addAll(batches.get(2, java.util.concurrent.TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(statuses).hasSize(clients * batchesEach * 2).containsOnly(201);
        assertThat(jdbc.queryForObject(
                        "select sum(last_number) from case_number_counter where agency_id in (?, ?)",
                        Integer.class,
                        a,
                        b))
                .isEqualTo(clients * batchesEach * 2);
    }

    @Test
    void takesNdjsonOneCommandPerLine() throws Exception {
        String agency = registerAgency();
        String first = "ndjson-" + UUID.randomUUID();
        String second = "ndjson-" + UUID.randomUUID();
        String lines = JSON.writeValueAsString(command("/api/applications", receipt(first, agency))) + "\n"
                + JSON.writeValueAsString(command("/api/applications", receipt(second, agency))) + "\n";

        JsonNode results = results(batch(admin, lines, "application/x-ndjson"));

        assertThat(statuses(results)).containsExactly(201, 201);
        assertThat(eventsOf(first) + eventsOf(second)).isEqualTo(2);
    }

    @Test
    void refusesMoreThanAThousandCommandsAndAnUnreadableBatchWholeRecordingNothing() throws Exception {
        String agency = registerAgency();
        List<Map<String, Object>> commands = new ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            commands.add(command("/api/applications", receipt("many-" + i + "-" + agency, agency)));
        }

        ResponseEntity<String> tooMany = batch(admin, JSON.writeValueAsString(commands), "application/json");
        ResponseEntity<String> unreadable = batch(admin, "[{\"path\":", "application/json");
        ResponseEntity<String> notJson = batch(admin, "path=/api/applications", "text/plain");

        assertThat(tooMany.getStatusCode().value()).isEqualTo(413);
        assertThat(JSON.readTree(tooMany.getBody()).path("rule").asText()).isEqualTo("TooManyCommands");
        assertThat(tooMany.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(unreadable.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(unreadable.getBody()).path("rule").asText()).isEqualTo("MalformedJson");
        assertThat(notJson.getStatusCode().value()).isEqualTo(415);
        assertThat(jdbc.queryForObject(
                        "select count(*) from aggregate_agency where agency_id = ?", Integer.class, agency))
                .isZero();
    }

    @Test
    void storesTheReceiptsOfARunExactlyAsTheirSingleWritesWould() throws Exception {
        // receipts one after another in a batch are stored together (ADR 0062): each row must be the one its single
        // write stores, with the next case number, the same metadata and the command side's directories updated
        String agency = registerAgency();
        String alone = "alone-" + UUID.randomUUID();
        String first = "together-" + UUID.randomUUID();
        String second = "together-" + UUID.randomUUID();
        double acceptedBefore = acceptedReceipts();
        ResponseEntity<String> single =
                admin.postForEntity("/api/applications", withSubject(receipt(alone, agency)), String.class);
        assertThat(single.getStatusCode().value()).as(single.getBody()).isEqualTo(201);

        JsonNode results = results(batch(
                admin,
                JSON.writeValueAsString(List.of(
                        command("/api/applications", withSubject(receipt(first, agency))),
                        command("/api/applications", withSubject(receipt(second, agency))))),
                "application/json"));

        assertThat(statuses(results)).containsExactly(201, 201);
        String dueOn = JSON.readTree(single.getBody()).path("dueOn").asText();
        Map<String, Object> aloneRow = eventRow(alone);
        int number = caseNumberOf(aloneRow);
        for (int i = 0; i < 2; i++) {
            String id = i == 0 ? first : second;
            JsonNode answer = results.get(i).path("answer");
            assertThat(results.get(i).path("id").asText()).isEqualTo(id);
            assertThat(answer.path("applicationId").asText()).isEqualTo(id);
            assertThat(answer.path("dueOn").asText()).isEqualTo(dueOn);
            Map<String, Object> row = eventRow(id);
            assertThat(answer.path("position").asText()).startsWith(row.get("globalindex") + ".0.");
            assertThat(row.get("type")).isEqualTo(aloneRow.get("type"));
            assertThat(row.get("payloadtype")).isEqualTo(aloneRow.get("payloadtype"));
            assertThat(row.get("payloadrevision")).isEqualTo(aloneRow.get("payloadrevision"));
            assertThat(withoutIds(row)).isEqualTo(withoutIds(aloneRow));
            assertThat(caseNumberOf(row)).isEqualTo(number + 1 + i);
            JsonNode metadata = JSON.readTree((String) row.get("metadata"));
            JsonNode aloneMetadata = JSON.readTree((String) aloneRow.get("metadata"));
            assertThat(names(metadata)).isEqualTo(names(aloneMetadata));
            assertThat(metadata.path("recordedBy")).isEqualTo(aloneMetadata.path("recordedBy"));
            assertThat(metadata.path("clientAddress")).isEqualTo(aloneMetadata.path("clientAddress"));
            assertThat(jdbc.queryForObject(
                            "select agency_id from application_directory where application_id = ?", String.class, id))
                    .isEqualTo(agency);
            assertThat(jdbc.queryForObject(
                            "select agency_id from aggregate_agency where aggregate_id = ?", String.class, id))
                    .isEqualTo(agency);
        }
        assertThat(acceptedReceipts() - acceptedBefore).isEqualTo(3.0);
    }

    @Test
    void keepsTheOrderOfTheCommandsAroundAndWithinARun() throws Exception {
        String agency = registerAgency();
        String x = "order-" + UUID.randomUUID();
        String y = "order-" + UUID.randomUUID();
        Map<String, Object> otherY = receipt(y, agency);
        otherY.put("channel", "IN_PERSON");
        Map<String, Object> badKey = receipt("order-" + UUID.randomUUID(), agency);
        badKey.put("applicantKey", "12345");

        ResponseEntity<String> answer = batch(
                admin,
                JSON.writeValueAsString(List.of(
                        // a decision before its application's receipt finds no application, as it would alone
                        command(
                                "/api/applications/" + x + "/decision",
                                Map.of("outcome", "DISCLOSED", "decidedOn", TODAY.toString())),
                        command("/api/applications", receipt(x, agency)),
                        command("/api/applications", receipt(x, agency)),
                        command("/api/applications", receipt(y, agency)),
                        command("/api/applications", otherY),
                        command("/api/applications/" + y + "/withdrawal", Map.of("withdrawnOn", TODAY.toString())),
                        // read, then refused while it is made into a command: it goes to its endpoint, alone
                        command("/api/applications", badKey))),
                "application/json");
        JsonNode results = results(answer);

        assertThat(statuses(results)).containsExactly(404, 201, 201, 201, 409, 200, 400);
        assertThat(results.get(6).path("problem").path("field").asText()).isEqualTo("applicantKey");
        assertThat(results.get(2).path("answer").path("dueOn"))
                .isEqualTo(results.get(1).path("answer").path("dueOn"));
        assertThat(eventsOf(x)).isEqualTo(1);
        assertThat(eventsOf(y)).isEqualTo(2);
        assertThat(caseNumberOf(eventRow(y))).isEqualTo(caseNumberOf(eventRow(x)) + 1);
        // the batch's position covers every command it stored, the run's receipts and the withdrawal after them
        String position = JSON.readTree(answer.getBody()).path("position").asText();
        assertThat(Long.parseLong(position.substring(0, position.indexOf('.'))))
                .isGreaterThanOrEqualTo(jdbc.queryForObject(
                        "select max(globalindex) from domainevententry where aggregateidentifier in (?, ?)",
                        Long.class,
                        x,
                        y));
    }

    @Test
    void aRunThatCannotBeStoredTogetherGoesAloneAndLosesNothingOfTheOthers() throws Exception {
        String good = registerAgency();
        String broken = registerAgency();
        String a1 = "run-" + UUID.randomUUID();
        String b1 = "run-" + UUID.randomUUID();
        String a2 = "run-" + UUID.randomUUID();
        // the broken agency's case-number counter cannot be written: the run's one statement fails, and so does
        // that receipt alone; the others must still be stored, each once, with consecutive numbers
        jdbc.execute("CREATE OR REPLACE FUNCTION batch_it_refuse() RETURNS trigger AS $$ BEGIN "
                + "IF NEW.agency_id = '" + broken + "' THEN RAISE EXCEPTION 'refused by BatchIT'; END IF; "
                + "RETURN NEW; END $$ LANGUAGE plpgsql");
        jdbc.execute("CREATE TRIGGER batch_it_refuse BEFORE INSERT OR UPDATE ON case_number_counter "
                + "FOR EACH ROW EXECUTE FUNCTION batch_it_refuse()");
        JsonNode results;
        try {
            results = results(batch(
                    admin,
                    JSON.writeValueAsString(List.of(
                            command("/api/applications", receipt(a1, good)),
                            command("/api/applications", receipt(b1, broken)),
                            command("/api/applications", receipt(a2, good)))),
                    "application/json"));
        } finally {
            jdbc.execute("DROP TRIGGER batch_it_refuse ON case_number_counter");
            jdbc.execute("DROP FUNCTION batch_it_refuse()");
        }

        assertThat(statuses(results).get(0)).isEqualTo(201);
        assertThat(statuses(results).get(1)).isGreaterThanOrEqualTo(500);
        assertThat(statuses(results).get(2)).isEqualTo(201);
        assertThat(eventsOf(a1)).isEqualTo(1);
        assertThat(eventsOf(b1)).isZero();
        assertThat(eventsOf(a2)).isEqualTo(1);
        assertThat(caseNumberOf(eventRow(a2))).isEqualTo(caseNumberOf(eventRow(a1)) + 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from case_number_counter where agency_id = ?", Integer.class, broken))
                .isZero();
    }

    @Test
    void theEventStoreKeepsNoSharedCacheOfEventsForAPublisherThatLags() {
        // a batch stores events faster than the publisher sends them; Axon's shared cache then kept every event
        // since the publisher fell behind (ADR 0063: 180,000 events, a full heap, after one bench phase)
        assertThat(events).isInstanceOf(org.axonframework.eventsourcing.eventstore.EmbeddedEventStore.class);
        assertThat(org.springframework.test.util.ReflectionTestUtils.getField(events, "optimizeEventConsumption"))
                .isEqualTo(false);
        // so no commit wakes the publisher: it looks again after 50 ms, not after Axon's default of a second
        var publisher = processing
                .eventProcessor("kafka-publisher", org.axonframework.eventhandling.TrackingEventProcessor.class)
                .orElseThrow();
        assertThat(org.springframework.test.util.ReflectionTestUtils.getField(publisher, "eventAvailabilityTimeout"))
                .isEqualTo(50);
        assertThat(org.springframework.test.util.ReflectionTestUtils.getField(publisher, "batchSize"))
                .isEqualTo(200);
    }

    private double acceptedReceipts() {
        var counter = meters.find("gongkai.commands")
                .tags("type", "ReceiveApplication", "result", "accepted")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static Map<String, Object> withSubject(Map<String, Object> receipt) {
        receipt.put("subject", "申请公开2024年度财政预算执行情况");
        receipt.put("applicantKey", "91350100M000100Y43");
        return receipt;
    }

    private Map<String, Object> eventRow(String aggregateId) {
        return jdbc.queryForMap(
                "SELECT globalindex, type, payloadtype, payloadrevision, convert_from(payload, 'UTF8') AS payload, "
                        + "convert_from(metadata, 'UTF8') AS metadata FROM domainevententry "
                        + "WHERE aggregateidentifier = ? AND sequencenumber = 0",
                aggregateId);
    }

    private static JsonNode withoutIds(Map<String, Object> row) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode payload =
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree((String) row.get("payload"));
        payload.remove("applicationId");
        payload.remove("caseNumber");
        return payload;
    }

    private static int caseNumberOf(Map<String, Object> row) throws Exception {
        String number =
                JSON.readTree((String) row.get("payload")).path("caseNumber").asText();
        java.util.regex.Matcher digits =
                java.util.regex.Pattern.compile("第(\\d+)号").matcher(number);
        assertThat(digits.find()).as(number).isTrue();
        return Integer.parseInt(digits.group(1));
    }

    private static java.util.Set<String> names(JsonNode object) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private ResponseEntity<String> batch(TestRestTemplate client, String body, String contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Content-Type", contentType);
        return client.postForEntity("/api/batch", new HttpEntity<>(body, headers), String.class);
    }

    private static JsonNode results(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        JsonNode body = JSON.readTree(answer.getBody());
        assertThat(body.path("position").asText()).isNotBlank();
        return body.path("results");
    }

    private static List<Integer> statuses(JsonNode results) {
        List<Integer> statuses = new ArrayList<>();
        results.forEach(result -> statuses.add(result.path("status").asInt()));
        return statuses;
    }

    private static Map<String, Object> command(String path, Map<String, ?> body) {
        return Map.of("path", path, "body", body);
    }

    private static Map<String, Object> receipt(String id, String agency) {
        return new java.util.HashMap<>(Map.of(
                "applicationId",
                id,
                "agencyId",
                agency,
                "receivedOn",
                TODAY.toString(),
                "channel",
                "ONLINE",
                "applicantType",
                "NATURAL_PERSON"));
    }

    private String registerAgency() {
        String id = "agency-" + UUID.randomUUID();
        ResponseEntity<Map> answer = admin.postForEntity(
                "/api/agencies", Map.of("agencyId", id, "name", "托里县库普乡人民政府", "level", "TOWNSHIP"), Map.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(201);
        return id;
    }

    private int eventsOf(String aggregateId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Integer.class, aggregateId);
    }

    private List<String> recordedBy(String aggregateId) {
        return jdbc.queryForList(
                "SELECT convert_from(metadata, 'UTF8')::json->>'recordedBy' FROM domainevententry "
                        + "WHERE aggregateidentifier = ?",
                String.class,
                aggregateId);
    }
}
