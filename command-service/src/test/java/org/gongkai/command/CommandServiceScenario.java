package org.gongkai.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The command side over real PostgreSQL and a real Kafka broker: HTTP in, events committed in the event store,
 * the same events on the topic with the contract's headers; refusals as problem answers that leave nothing behind.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=command-service",
            Admin.PASSWORD_PROPERTY,
            "gongkai.kafka.topic=command-it",
            "gongkai.kafka.partitions=1"
        })
@ExtendWith(OutputCaptureExtension.class)
abstract class CommandServiceScenario {

    private static final LocalDate TODAY = LocalDate.now(org.gongkai.events.calendar.BusinessClock.china());

    /** Where the scenario's Kafka broker is: embedded, or a container. */
    abstract String bootstrapServers();

    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void signInAsAdministrator() {
        http = http.withBasicAuth("admin", Admin.PASSWORD);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    /** Each command passes each interceptor once: counted once, refused once (Axon registers interceptor beans too). */
    @Test
    void countsEachCommandOnce() {
        double acceptedBefore = commands("RegisterAgency", "accepted");
        double refusedBefore = commands("ReceiveApplication", "refused");

        String agency = registerAgency();
        ResponseEntity<Map> refused =
                post("/api/applications", receipt(UUID.randomUUID().toString(), agency + "-unknown", "ONLINE"));

        assertThat(refused.getStatusCode().value()).isEqualTo(404);
        assertThat(commands("RegisterAgency", "accepted") - acceptedBefore).isEqualTo(1.0);
        assertThat(commands("ReceiveApplication", "refused") - refusedBefore).isEqualTo(1.0);
    }

    private double commands(String type, String result) {
        return meters.find("gongkai.commands").tags("type", type, "result", result).counters().stream()
                .mapToDouble(io.micrometer.core.instrument.Counter::count)
                .sum();
    }

    @Test
    void storesAReceivedApplicationAndPublishesItWithTheContractHeaders() {
        String agency = registerAgency();
        String applicationId = UUID.randomUUID().toString();

        ResponseEntity<Map> answer = post("/api/applications", receipt(applicationId, agency, "ONLINE"));

        assertThat(answer.getStatusCode().value()).isEqualTo(201);
        assertThat(answer.getBody())
                .containsEntry("applicationId", applicationId)
                .containsKey("dueOn");
        ConsumerRecord<String, String> published = awaitRecordFor(applicationId);
        assertThat(header(published, "gongkai-event-type")).isEqualTo("ApplicationReceived");
        assertThat(header(published, "gongkai-event-version")).isEqualTo("1");
        assertThat(header(published, "gongkai-aggregate-sequence")).isEqualTo("0");
        assertThat(header(published, "gongkai-event-id")).isNotBlank();
        assertThat(header(published, "gongkai-recorded-by")).isEqualTo("admin");
        assertThat(header(published, "gongkai-correlation-id")).isNotBlank();
        assertThat(header(published, "gongkai-client-address")).isNotBlank();
        assertThat(published.value()).contains("\"receivedOn\":\"" + TODAY + "\"");
        // the readable number of the agency's first application this year (ADR 0034); a retry takes no second one
        assertThat(published.value()).contains("\"caseNumber\":\"库普〔" + TODAY.getYear() + "〕第1号\"");
        assertThat(post("/api/applications", receipt(applicationId, agency, "ONLINE"))
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        assertThat(jdbc.queryForObject(
                        "select last_number from case_number_counter where agency_id = ?", Integer.class, agency))
                .isEqualTo(1);
        Long globalIndex = jdbc.queryForObject(
                "select globalIndex from domainevententry where aggregateIdentifier = ?", Long.class, applicationId);
        String position = globalIndex + ".0."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(applicationId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(header(published, "gongkai-global-index")).isEqualTo(String.valueOf(globalIndex));
        assertThat(answer.getHeaders().getFirst("Gongkai-Position")).isEqualTo(position);
        assertThat(answer.getBody()).containsEntry("position", position);
    }

    @Test
    void refusesAWriteWithoutCredentialsOrWithAForgedFrontDoorAssertion() {
        TestRestTemplate anonymous = new TestRestTemplate();
        String agency = "unsigned-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("agencyId", agency, "name", "托里县人民政府");

        ResponseEntity<Map> none = anonymous.postForEntity(http.getRootUri() + "/api/agencies", body, Map.class);
        HttpHeaders forged = new HttpHeaders();
        forged.set("X-Gongkai-Principal", "v1.YWRtaW4.ADMIN..MTI3LjAuMC4x.4102444860.bm90LWEtbWFj");
        ResponseEntity<Map> asserted =
                anonymous.postForEntity(http.getRootUri() + "/api/agencies", new HttpEntity<>(body, forged), Map.class);

        assertThat(none.getStatusCode().value()).isEqualTo(401);
        assertThat(none.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(none.getBody()).containsEntry("rule", "SignInRequired");
        assertThat(asserted.getStatusCode().value()).isEqualTo(401);
        assertThat(eventsOf(agency)).isZero();
    }

    @Test
    void answersARetriedCreateLikeTheFirstTimeAndStoresItOnce() {
        String agency = registerAgency();
        Map<String, Object> body = Map.of(
                "applicationId",
                "retry-" + UUID.randomUUID(),
                "agencyId",
                agency,
                "receivedOn",
                TODAY.toString(),
                "channel",
                "IN_PERSON",
                "applicantType",
                "COMMERCIAL_ENTERPRISE");

        ResponseEntity<Map> first = post("/api/applications", body);
        double acceptedBefore = commands("ReceiveApplication", "accepted");
        double failedBefore = commands("ReceiveApplication", "failed");
        ResponseEntity<Map> second = post("/api/applications", body);

        assertThat(second.getStatusCode().value()).isEqualTo(201);
        assertThat(second.getBody()).isEqualTo(first.getBody());
        assertThat(eventsOf((String) body.get("applicationId"))).isEqualTo(1);
        // the retry first tried to create the stream without reading it (ADR 0065): that attempt is not a failure
        assertThat(commands("ReceiveApplication", "failed") - failedBefore).isZero();
        assertThat(commands("ReceiveApplication", "accepted") - acceptedBefore).isEqualTo(1.0);
    }

    /**
     * Creates with one id sent at once: each first assumes the stream is new, the event store keeps one, and every
     * other is answered from the stored receipt, a retry (201, the same answer) or another body (409), never a 500.
     */
    @Test
    void answersCreatesRacingOnOneIdFromTheOneThatWasStored() throws Exception {
        String agency = registerAgency();
        String same = "racing-" + UUID.randomUUID();
        String other = "racing-" + UUID.randomUUID();
        List<Callable<ResponseEntity<Map>>> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            racers.add(() -> post("/api/applications", receipt(same, agency, "ONLINE")));
        }
        for (String channel : List.of("ONLINE", "FAX", "EMAIL", "IN_PERSON")) {
            racers.add(() -> post("/api/applications", receipt(other, agency, channel)));
        }

        List<ResponseEntity<Map>> answers = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(8);
        for (Future<ResponseEntity<Map>> answer : pool.invokeAll(racers)) {
            answers.add(answer.get());
        }
        pool.shutdown();

        List<ResponseEntity<Map>> sameAnswers = answers.subList(0, 4);
        assertThat(sameAnswers)
                .allSatisfy(answer -> assertThat(answer.getStatusCode().value()).isEqualTo(201));
        assertThat(sameAnswers.stream().map(ResponseEntity::getBody).distinct()).hasSize(1);
        List<Integer> otherStatuses = answers.subList(4, 8).stream()
                .map(answer -> answer.getStatusCode().value())
                .toList();
        assertThat(otherStatuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(answers.subList(4, 8))
                .filteredOn(answer -> answer.getStatusCode().value() == 409)
                .allSatisfy(answer -> assertThat(answer.getBody()).containsEntry("rule", "IdAlreadyUsed"));
        assertThat(eventsOf(same)).isEqualTo(1);
        assertThat(eventsOf(other)).isEqualTo(1);
        // two case numbers taken, none by an attempt that was rolled back
        assertThat(jdbc.queryForObject(
                        "select last_number from case_number_counter where agency_id = ?", Integer.class, agency))
                .isEqualTo(2);
    }

    @Test
    void loadsAnApplicationFromItsEventsAndNeverFromASnapshotRow() {
        String agency = registerAgency();
        String id = "stream-" + UUID.randomUUID();
        assertStatus(201, "/api/applications", receipt(id, agency, "IN_PERSON"));
        // a snapshot that says the application was never received: Axon's own engine would start from it and
        // refuse the decision; Gongkai takes no snapshots and reads the stream alone (ADR 0057)
        jdbc.update(
                "INSERT INTO snapshotevententry (aggregateidentifier, sequencenumber, type, eventidentifier, payload,"
                        + " metadata, payloadtype, timestamp) VALUES (?, 0, 'Application', ?, ?, ?, ?, ?)",
                id,
                UUID.randomUUID().toString(),
                "{}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8),
                "org.gongkai.command.application.Application",
                java.time.Instant.now().toString());

        assertStatus(
                200,
                "/api/applications/" + id + "/decision",
                Map.of("outcome", "DISCLOSED", "decidedOn", TODAY.toString()));
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    @Test
    void refusesTheSameIdWithAnotherBodyWithAConflict() {
        String agency = registerAgency();
        String id = "conflict-" + UUID.randomUUID();
        post("/api/applications", receipt(id, agency, "IN_PERSON"));

        ResponseEntity<Map> answer = post("/api/applications", receipt(id, agency, "FAX"));

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getBody()).containsEntry("rule", "IdAlreadyUsed");
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void namesTheFieldAndTheRuleOfAnUnknownCode() {
        String agency = registerAgency();

        ResponseEntity<Map> answer = post(
                "/api/applications",
                Map.of(
                        "agencyId",
                        agency,
                        "receivedOn",
                        TODAY.toString(),
                        "channel",
                        "CARRIER_PIGEON",
                        "applicantType",
                        "NATURAL_PERSON"));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(answer.getBody()).containsEntry("field", "channel").containsEntry("rule", "UnknownCode");
    }

    @Test
    void refusesAReceiptDateInTheFutureAndStoresNothing() {
        String agency = registerAgency();
        String id = "future-" + UUID.randomUUID();

        ResponseEntity<Map> answer = post(
                "/api/applications",
                Map.of(
                        "applicationId",
                        id,
                        "agencyId",
                        agency,
                        "receivedOn",
                        TODAY.plusDays(2).toString(),
                        "channel",
                        "ONLINE",
                        "applicantType",
                        "NATURAL_PERSON"));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).containsEntry("field", "receivedOn").containsEntry("rule", "BusinessDateInFuture");
        assertThat(eventsOf(id)).isZero();
    }

    @Test
    void answersNotFoundForAnUnknownAgencyOrApplication(CapturedOutput output) {
        ResponseEntity<Map> noAgency = post(
                "/api/applications",
                Map.of(
                        "agencyId",
                        "nowhere",
                        "receivedOn",
                        TODAY.toString(),
                        "channel",
                        "ONLINE",
                        "applicantType",
                        "NATURAL_PERSON"));
        ResponseEntity<Map> noApplication = post(
                "/api/applications/nothing-here/decision",
                Map.of("outcome", "DISCLOSED", "decidedOn", TODAY.toString()));

        assertThat(noAgency.getStatusCode().value()).isEqualTo(404);
        assertThat(noAgency.getBody()).containsEntry("field", "agencyId");
        assertThat(noApplication.getStatusCode().value()).isEqualTo(404);
        // an unknown id is the client's mistake, answered 404: Axon's repository logged each at WARN with a trace
        assertThat(output.getAll()).doesNotContain("Exception occurred while trying to load");
    }

    @Test
    void answersMalformedJsonWithAProblemNotAServerError() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<Map> answer =
                http.postForEntity("/api/applications", new HttpEntity<>("{\"agencyId\": ", headers), Map.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).containsEntry("rule", "MalformedJson");
    }

    @Test
    void letsExactlyOneOfTwoRacingDecisionsWin() throws Exception {
        String agency = registerAgency();
        String id = "race-" + UUID.randomUUID();
        post("/api/applications", receipt(id, agency, "ONLINE"));
        List<Callable<Integer>> racers = new ArrayList<>();
        for (String outcome : List.of("DISCLOSED", "UNAVAILABLE_NOT_HELD", "NOT_PROCESSED_DUPLICATE", "OTHER")) {
            racers.add(() -> post(
                            "/api/applications/" + id + "/decision",
                            Map.of("outcome", outcome, "decidedOn", TODAY.toString()))
                    .getStatusCode()
                    .value());
        }

        List<Integer> statuses = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(4);
        for (Future<Integer> status : pool.invokeAll(racers)) {
            statuses.add(status.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    @Test
    void recordsEveryKindOfFactThroughTheApi() {
        String agency = registerAgency();
        String day = TODAY.toString();
        String app = "every-" + UUID.randomUUID();
        assertThat(post(
                                "/api/applications",
                                Map.of(
                                        "applicationId",
                                        app,
                                        "agencyId",
                                        agency,
                                        "receivedOn",
                                        day,
                                        "channel",
                                        "EMAIL",
                                        "applicantType",
                                        "RESEARCH_INSTITUTION"))
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        assertStatus(200, "/api/applications/" + app + "/supplement-request", Map.of("requestedOn", day));
        assertStatus(200, "/api/applications/" + app + "/supplement-receipt", Map.of("receivedOn", day));
        assertStatus(
                200,
                "/api/applications/" + app + "/extension",
                Map.of("extendedOn", day, "workingDays", 10, "reason", "需调取档案"));
        assertStatus(
                400,
                "/api/applications/" + app + "/extension",
                Map.of("extendedOn", day, "workingDays", 11, "reason", "再次延长"));
        assertStatus(
                201,
                "/api/applications/" + app + "/consultations",
                Map.of("consultationId", "c1", "party", "THIRD_PARTY", "startedOn", day));
        assertStatus(200, "/api/applications/" + app + "/consultations/c1/end", Map.of("endedOn", day));
        assertStatus(
                200,
                "/api/applications/" + app + "/fee-notice",
                Map.of("issuedOn", day, "amountYuan", "270.00", "scheme", "PER_PAGE"));
        assertStatus(200, "/api/applications/" + app + "/fee-payment", Map.of("paidOn", day));
        assertStatus(200, "/api/applications/" + app + "/decision", Map.of("outcome", "DISCLOSED", "decidedOn", day));
        assertStatus(
                200,
                "/api/applications/" + app + "/decision-correction",
                Map.of("outcome", "PARTIALLY_DISCLOSED", "decidedOn", day, "reason", "登记错误"));
        assertStatus(409, "/api/applications/" + app + "/withdrawal", Map.of("withdrawnOn", day));

        assertStatus(
                201,
                "/api/reconsiderations",
                Map.of("caseId", "r-" + app, "agencyId", agency, "applicationId", app, "filedOn", day));
        assertStatus(
                200,
                "/api/reconsiderations/r-" + app + "/conclusion",
                Map.of("result", "CORRECTED", "concludedOn", day));
        assertStatus(
                409, "/api/reconsiderations/r-" + app + "/conclusion", Map.of("result", "UPHELD", "concludedOn", day));
        assertStatus(
                201,
                "/api/lawsuits",
                Map.of(
                        "caseId",
                        "l-" + app,
                        "agencyId",
                        agency,
                        "route",
                        "AFTER_RECONSIDERATION",
                        "reconsiderationCaseId",
                        "r-" + app,
                        "filedOn",
                        day));
        assertStatus(200, "/api/lawsuits/l-" + app + "/conclusion", Map.of("result", "UPHELD", "concludedOn", day));
        assertStatus(
                201,
                "/api/agencies/" + agency + "/regulatory-documents",
                Map.of("documentId", "d-" + app, "kind", "NORMATIVE_DOCUMENT", "title", "村规民约管理办法", "issuedOn", day));
        assertStatus(
                200,
                "/api/agencies/" + agency + "/regulatory-documents/d-" + app + "/repeal",
                Map.of("repealedOn", day));
        String quarterStart = TODAY.withDayOfMonth(1)
                .withMonth((TODAY.getMonthValue() - 1) / 3 * 3 + 1)
                .toString();
        assertStatus(
                201,
                "/api/agencies/" + agency + "/decision-tallies",
                Map.of("category", "LICENSING", "periodStart", quarterStart, "periodEnd", day, "count", 447228));
        assertStatus(
                201,
                "/api/agencies/" + agency + "/administrative-fees",
                Map.of("periodStart", quarterStart, "periodEnd", day, "amountYuan", "242523110.82"));
        String child = registerAgency();
        assertStatus(200, "/api/agencies/" + child + "/move", Map.of("parentAgencyId", agency, "effectiveOn", day));
        assertStatus(409, "/api/agencies/" + agency + "/move", Map.of("parentAgencyId", child, "effectiveOn", day));
        assertStatus(200, "/api/agencies/" + child + "/rename", Map.of("name", "托里县库普镇人民政府", "effectiveOn", day));
        assertStatus(200, "/api/agencies/" + child + "/closure", Map.of("closedOn", day));

        assertThat(eventsOf(app)).isEqualTo(10);
    }

    private void assertStatus(int expected, String path, Map<String, ?> body) {
        ResponseEntity<Map> answer = post(path, body);
        assertThat(answer.getStatusCode().value())
                .as("%s %s", path, answer.getBody())
                .isEqualTo(expected);
    }

    /** A receipt by a natural person today. */
    private static Map<String, Object> receipt(String applicationId, String agency, String channel) {
        return Map.of(
                "applicationId",
                applicationId,
                "agencyId",
                agency,
                "receivedOn",
                TODAY.toString(),
                "channel",
                channel,
                "applicantType",
                "NATURAL_PERSON");
    }

    private String registerAgency() {
        String id = "agency-" + UUID.randomUUID();
        ResponseEntity<Map> answer =
                post("/api/agencies", Map.of("agencyId", id, "name", "托里县库普乡人民政府", "level", "TOWNSHIP"));
        assertThat(answer.getStatusCode().value()).isEqualTo(201);
        return id;
    }

    private ResponseEntity<Map> post(String path, Map<String, ?> body) {
        return http.postForEntity(path, body, Map.class);
    }

    private int eventsOf(String aggregateId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Integer.class, aggregateId);
    }

    private static String header(ConsumerRecord<String, String> record, String key) {
        return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
    }

    private ConsumerRecord<String, String> awaitRecordFor(String key) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "it-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("command-it"));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(r -> key.equals(r.key()));
            });
            return seen.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        }
    }
}
