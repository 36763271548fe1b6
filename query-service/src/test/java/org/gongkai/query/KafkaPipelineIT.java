package org.gongkai.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gongkai.events.agency.AgencyRenamed;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Outcome;
import org.gongkai.query.intake.ProjectionCommitted;
import org.gongkai.query.intake.ProjectionConsumer;
import org.gongkai.query.intake.WireRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * End to end on the real components of the read side: events in the wire format on a real KRaft broker, the
 * consumer loop, PostgreSQL, the report over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KafkaPipelineIT {

    static KafkaProducer<String, byte[]> producer;
    static final WireRecords wire = new WireRecords();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.database("kafka_pipeline_it", registry);
        registry.add(
                "spring.kafka.bootstrap-servers",
                () -> TestInfrastructure.kafka().getBrokersAsString());
        registry.add("gongkai.kafka.topic", () -> TestInfrastructure.TOPIC);
        registry.add("gongkai.query.consumer.max-poll-records", () -> "50");
        // small enough that a rebuild holds tally sums across batches and also writes them with a batch (ADR 0056)
        registry.add("gongkai.query.rebuild.held-tally-cells", () -> "20");
    }

    @BeforeAll
    static void producer() {
        Properties config = new Properties();
        config.put(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafka().getBrokersAsString());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @TestConfiguration
    static class Notifications {
        // the class itself is the bean: a @Bean method returning this registered the listener twice
        final List<ProjectionCommitted> seen = java.util.Collections.synchronizedList(new ArrayList<>());

        @EventListener
        void on(ProjectionCommitted committed) {
            seen.add(committed);
        }
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProjectionConsumer consumer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Notifications notifications;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void anApplicationPublishedOnKafkaShowsInTheAnnualReportAndIsAnnounced() throws Exception {
        send(wire.next(ReadModelsIT.agency("kafka-1", null)));
        send(wire.next(ReadModelsIT.received("kafka-1-app", "kafka-1", "2024-04-01", ApplicantType.NATURAL_PERSON)));
        WireRecords.Wire decision = wire.next(ReadModelsIT.decided("kafka-1-app", Outcome.DISCLOSED, "2024-04-08"));
        send(decision);
        send(decision);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode report = report("kafka-1", 2024);
            assertThat(ReadModelsIT.row(report, "DISCLOSED")).startsWith(1L);
        });
        awaitCaughtUp();
        assertThat(ReadModelsIT.row(report("kafka-1", 2024), "DISCLOSED")).startsWith(1L);
        assertThat(ReadModelsIT.row(report("kafka-1", 2024), "RECEIVED")).startsWith(1L);
        assertThat(notifications.seen).anyMatch(n -> n.agencyIds().contains("kafka-1"));
    }

    @Test
    void aMoveIsAnnouncedToTheOldParentAsWellAsTheNewOne() {
        List<String> agencies = List.of("kafka-move-office", "kafka-move-new", "kafka-move-old");
        send(wire.next(ReadModelsIT.agency("kafka-move-old", null)));
        send(wire.next(ReadModelsIT.agency("kafka-move-new", null)));
        send(wire.next(ReadModelsIT.agency("kafka-move-office", "kafka-move-old")));
        // a batch is announced after its offsets are stored: wait for the registrations' announcements themselves
        await().atMost(Duration.ofSeconds(30))
                .until(() -> notifications.seen.stream()
                        .flatMap(n -> n.agencyIds().stream())
                        .toList()
                        .containsAll(agencies));
        notifications.seen.clear();

        send(wire.next(new org.gongkai.events.agency.AgencyMoved(
                "kafka-move-office", "kafka-move-new", LocalDate.parse("2024-07-01"))));

        // the old parent's subtree lost the office: a dashboard showing it must hear of that too
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(notifications.seen)
                        .anyMatch(n -> n.agencyIds().containsAll(agencies)));
    }

    @Test
    void announcesCommittedChangesOnTheServerSentEventStream() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        var stream = client.sendAsync(
                HttpRequest.newBuilder(URI.create(http.getRootUri() + "/api/stream"))
                        .header("Authorization", SignedInClients.basicAdmin())
                        .build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new LineCollector(lines)));
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(l -> l.contains("connected")));

        send(wire.next(ReadModelsIT.agency("kafka-sse", null)));
        producer.flush();

        await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream().anyMatch(l -> l.contains("kafka-sse")));
        assertThat(lines).contains("event:projection");
        stream.cancel(true);
    }

    /** Collects the lines of a server-sent event stream. */
    record LineCollector(List<String> lines) implements java.util.concurrent.Flow.Subscriber<String> {
        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            lines.add(line);
        }

        @Override
        public void onError(Throwable error) {}

        @Override
        public void onComplete() {}
    }

    @Test
    void skipsEventTypesItDoesNotKnow() throws Exception {
        send(wire.next(ReadModelsIT.agency("kafka-2", null)));
        send(wire.wire(new AgencyRenamed("kafka-2", "新名称", LocalDate.parse("2024-01-01")), "AgencyMerged", 1));
        send(wire.next(ReadModelsIT.received("kafka-2-app", "kafka-2", "2024-04-01", ApplicantType.NATURAL_PERSON)));

        awaitCaughtUp();

        assertThat(ReadModelsIT.row(report("kafka-2", 2024), "RECEIVED")).startsWith(1L);
    }

    @Test
    void restartingTheConsumerInTheMiddleOfAStreamStillGivesExactCounts() throws Exception {
        send(wire.next(ReadModelsIT.agency("kafka-3", null)));
        List<WireRecords.Wire> receipts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            receipts.add(wire.next(ReadModelsIT.received(
                    "kafka-3-" + i, "kafka-3", "2024-0" + (1 + i % 9) + "-02", ApplicantType.values()[i % 6])));
        }
        receipts.subList(0, 200).forEach(this::send);
        producer.flush();
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        ReadModelsIT.row(report("kafka-3", 2024), "RECEIVED").get(6) > 0);

        consumer.stop();
        receipts.subList(200, 400).forEach(this::send);
        receipts.subList(150, 250).forEach(this::send); // an at-least-once publisher resending after a crash
        for (int i = 0; i < 400; i += 2) {
            send(wire.next(
                    ReadModelsIT.decided("kafka-3-" + i, Outcome.UNAVAILABLE_NOT_HELD, "2024-11-0" + (1 + i % 9))));
        }
        producer.flush();
        consumer.start();

        awaitCaughtUp();
        JsonNode report = report("kafka-3", 2024);
        assertThat(ReadModelsIT.row(report, "RECEIVED").get(6)).isEqualTo(400);
        assertThat(ReadModelsIT.row(report, "UNAVAILABLE_NOT_HELD").get(6)).isEqualTo(200);
        assertThat(ReadModelsIT.row(report, "CARRIED_FORWARD").get(6)).isEqualTo(200);
    }

    @Test
    void aRebuildFromOffsetZeroEndsWithExactlyTheSameNumbers() throws Exception {
        send(wire.next(ReadModelsIT.agency("kafka-4", null)));
        List<WireRecords.Wire> receipts = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            WireRecords.Wire receipt = wire.next(ReadModelsIT.received(
                    "kafka-4-" + i, "kafka-4", "2024-02-0" + (1 + i % 9), ApplicantType.values()[i % 6]));
            receipts.add(receipt);
            send(receipt);
            send(receipt);
        }
        // later facts and a later redelivery of every receipt, batches (of 50) after the receipts themselves: the
        // rebuild must find the rows and marks it wrote in earlier batches (ADR 0064)
        for (int i = 0; i < 60; i += 3) {
            send(wire.next(new org.gongkai.events.application.DecisionCorrected(
                    "kafka-4-" + i, Outcome.OTHER, LocalDate.parse("2024-05-05"), "fix")));
        }
        receipts.forEach(this::send);
        send(wire.next(ReadModelsIT.agency("kafka-4-office", "kafka-4")));
        for (int i = 0; i < 40; i++) {
            send(wire.next(ReadModelsIT.received(
                    "kafka-4-office-" + i,
                    "kafka-4-office",
                    "2024-0" + (1 + i % 9) + "-03",
                    ApplicantType.values()[i % 5])));
        }
        // a station under the office until July, then directly under kafka-4: its tallies leave the office's roll-up
        // and stay in kafka-4's, which a rebuild sums once at its end (ADR 0058)
        send(wire.next(ReadModelsIT.agency("kafka-4-station", "kafka-4-office")));
        for (int i = 0; i < 10; i++) {
            send(wire.next(ReadModelsIT.received(
                    "kafka-4-station-" + i,
                    "kafka-4-station",
                    "2024-0" + (1 + i % 9) + "-11",
                    ApplicantType.NATURAL_PERSON)));
        }
        send(wire.next(new org.gongkai.events.agency.AgencyMoved(
                "kafka-4-station", "kafka-4", LocalDate.parse("2024-07-01"))));
        awaitCaughtUp();
        String before = http.getForObject("/api/agencies/kafka-4/reports/2024", String.class);
        String subtreeBefore = http.getForObject("/api/agencies/kafka-4/reports/2024?scope=subtree", String.class);
        List<String> tallyBefore = tallyRows();
        List<String> rowsBefore = keyedRows("kafka-4");

        var started = http.postForEntity("/api/admin/projections/rebuild", null, String.class);
        assertThat(started.getStatusCode().value()).isEqualTo(202);
        awaitRebuildCompleted();

        // the rebuild appends the rows its copies cannot hold yet and upserts the others (ADR 0064): the same rows
        // as the live path's upserts, with every receipt sent twice and batches of 50 splitting receipt and correction
        assertThat(keyedRows("kafka-4"))
                .isEqualTo(rowsBefore)
                .hasSize(3 * 110 + 110 + 20) // and a fact for each receipt and each correction
                .anyMatch(row -> row.startsWith("application (kafka-4-0,kafka-4,"))
                .anyMatch(row -> row.startsWith("worklist_entry (kafka-4-0,"))
                .anyMatch(row -> row.startsWith("aggregate_watermark (Application,kafka-4-0,1)"))
                .anyMatch(row -> row.startsWith("application_fact (kafka-4-0,1,DecisionCorrected,"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from projection_quarantine where aggregate_id like 'kafka-4%'", Integer.class))
                .isZero();

        assertThat(json.readTree(http.getForObject("/api/agencies/kafka-4/reports/2024", String.class)))
                .isEqualTo(json.readTree(before));
        assertThat(json.readTree(http.getForObject("/api/agencies/kafka-4/reports/2024?scope=subtree", String.class)))
                .isEqualTo(json.readTree(subtreeBefore));
        assertThat(tallyRows())
                .isEqualTo(tallyBefore)
                .anyMatch(row -> row.startsWith("rollup kafka-4 "))
                .noneMatch(row -> row.startsWith("rollup kafka-4-office ")) // the station was not always under it
                .anyMatch(row -> row.startsWith("tally kafka-4-station "));
        assertThat(ReadModelsIT.row(json.readTree(subtreeBefore), "RECEIVED").get(6))
                .isEqualTo(110);
        assertThat(ReadModelsIT.row(json.readTree(before), "RECEIVED").get(6)).isEqualTo(60);
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_namespace where nspname in ('gongkai_rebuild', 'gongkai_retired')",
                        Integer.class))
                .isZero();
    }

    @Test
    void readsAnswerFromTheLiveTablesWhileARebuildRunsAndTheSwapBringsWhatCameMeanwhile() throws Exception {
        send(wire.next(ReadModelsIT.agency("kafka-6", null)));
        for (int i = 0; i < 20; i++) {
            send(wire.next(ReadModelsIT.received(
                    "kafka-6-" + i, "kafka-6", "2024-03-0" + (1 + i % 9), ApplicantType.values()[i % 6])));
        }
        awaitCaughtUp();
        String before = http.getForObject("/api/agencies/kafka-6/reports/2024", String.class);
        assertThat(ReadModelsIT.row(json.readTree(before), "RECEIVED").get(6)).isEqualTo(20);

        // a long read holding one live table keeps the swap from taking its locks: the rebuild waits there
        try (java.sql.Connection reader = jdbc.getDataSource().getConnection()) {
            reader.setAutoCommit(false);
            reader.createStatement().execute("lock table application_tally in access share mode");

            var started = http.postForEntity("/api/admin/projections/rebuild", null, String.class);
            assertThat(started.getStatusCode().value()).isEqualTo(202);
            send(wire.next(
                    ReadModelsIT.received("kafka-6-late", "kafka-6", "2024-03-09", ApplicantType.NATURAL_PERSON)));
            awaitCaughtUpIn("gongkai_rebuild");

            var during = http.getForEntity("/api/agencies/kafka-6/reports/2024", String.class);
            assertThat(during.getStatusCode().value()).as(during.getBody()).isEqualTo(200);
            assertThat(json.readTree(during.getBody())).isEqualTo(json.readTree(before));
            assertThat(json.readTree(http.getForObject("/api/admin/projections/rebuild", String.class))
                            .path("state")
                            .asText())
                    .isEqualTo("RUNNING");
            reader.rollback();
        }
        awaitRebuildCompleted();

        JsonNode after = json.readTree(http.getForObject("/api/agencies/kafka-6/reports/2024", String.class));
        assertThat(ReadModelsIT.row(after, "RECEIVED").get(6)).isEqualTo(21);
        // the live tables go on from where the copies stopped: a new event is counted once
        send(wire.next(ReadModelsIT.received("kafka-6-next", "kafka-6", "2024-03-09", ApplicantType.NATURAL_PERSON)));
        awaitCaughtUp();
        assertThat(ReadModelsIT.row(
                                json.readTree(http.getForObject("/api/agencies/kafka-6/reports/2024", String.class)),
                                "RECEIVED")
                        .get(6))
                .isEqualTo(22);
    }

    @Test
    void theCopiesOfARebuildThisProcessDidNotStartAreDroppedWhenTheConsumerStarts() {
        // what a crash in the middle of a rebuild leaves behind: the live tables carry on, the copies go
        jdbc.execute("create schema if not exists gongkai_rebuild");
        jdbc.execute("create table gongkai_rebuild.application_tally (like application_tally)");
        long liveRows = jdbc.queryForObject("select count(*) from application_tally", Long.class);

        consumer.stop();
        consumer.start();

        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc.queryForObject(
                                "select count(*) from pg_namespace where nspname = 'gongkai_rebuild'", Integer.class),
                        count -> count == 0);
        assertThat(jdbc.queryForObject("select count(*) from application_tally", Long.class))
                .isEqualTo(liveRows);
    }

    private void awaitRebuildCompleted() {
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> json.readTree(http.getForObject("/api/admin/projections/rebuild", String.class))
                                .path("state")
                                .asText(),
                        "COMPLETED"::equals);
    }

    private void awaitCaughtUp() {
        awaitCaughtUpIn("public");
    }

    private void awaitCaughtUpIn(String schema) {
        producer.flush();
        Map<TopicPartition, Long> end = endOffsets();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<TopicPartition, Long> stored = new HashMap<>();
            jdbc.query(
                    "select partition_no, next_offset from " + schema + ".consumer_offset where topic = ?",
                    rs -> {
                        stored.put(new TopicPartition(TestInfrastructure.TOPIC, rs.getInt(1)), rs.getLong(2));
                    },
                    TestInfrastructure.TOPIC);
            end.forEach((partition, offset) -> {
                if (offset > 0) {
                    assertThat(stored.get(partition)).as(partition.toString()).isEqualTo(offset);
                }
            });
        });
    }

    /** Every tally and roll-up cell that counts something, as text, in one order (a cell of 0 is no cell). */
    /**
     * The application rows, worklist entries, watermarks and facts (with their recording times and payloads) of the
     * applications whose ids start with a prefix.
     */
    private List<String> keyedRows(String prefix) {
        return jdbc.queryForList("""
                select 'application ' || a::text from application a where application_id like ? || '-%'
                union all
                select 'worklist_entry ' || w::text from worklist_entry w where application_id like ? || '-%'
                union all
                select 'aggregate_watermark ' || m::text from aggregate_watermark m
                where stream = 'Application' and aggregate_id like ? || '-%'
                union all
                select 'application_fact ' || f::text from application_fact f where application_id like ? || '-%'
                order by 1
                """, String.class, prefix, prefix, prefix, prefix);
    }

    private List<String> tallyRows() {
        return jdbc.queryForList("""
                select 'tally ' || agency_id || ' ' || year || ' ' || quarter || ' ' || applicant_type || ' '
                       || row_code || ' ' || count from application_tally where count <> 0
                union all
                select 'rollup ' || ancestor_id || ' ' || year || ' ' || quarter || ' ' || applicant_type || ' '
                       || row_code || ' ' || count from tally_rollup where count <> 0
                order by 1
                """, String.class);
    }

    private static Map<TopicPartition, Long> endOffsets() {
        Properties config = new Properties();
        config.put("bootstrap.servers", TestInfrastructure.kafka().getBrokersAsString());
        try (KafkaConsumer<byte[], byte[]> probe =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : probe.partitionsFor(TestInfrastructure.TOPIC)) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            return probe.endOffsets(partitions);
        }
    }

    private JsonNode report(String agency, int year) throws Exception {
        return json.readTree(http.getForObject("/api/agencies/" + agency + "/reports/" + year, String.class));
    }

    private void send(WireRecords.Wire record) {
        producer.send(
                new ProducerRecord<>(TestInfrastructure.TOPIC, null, record.key(), record.value(), record.headers()));
    }
}
