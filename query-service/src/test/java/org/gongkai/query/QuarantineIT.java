package org.gongkai.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gongkai.events.agency.AgencyLevel;
import org.gongkai.events.agency.AgencyRegistered;
import org.gongkai.events.agency.AgencyRenamed;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.query.intake.DirectFeed;
import org.gongkai.query.intake.WireRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An event the read database cannot store, published between good events of the same partition on the real
 * broker: it is quarantined with its error, the partition goes on, and a retry after the fix applies it and the
 * event that waited behind it (ADR 0018). A database outage, by contrast, is waited out without skipping anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuarantineIT {

    static final String DATABASE = "quarantine_it";
    static final int PARTITION = 0;
    static KafkaProducer<String, byte[]> producer;
    static final WireRecords wire = new WireRecords();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.database(DATABASE, registry);
        registry.add(
                "spring.kafka.bootstrap-servers",
                () -> TestInfrastructure.kafka().getBrokersAsString());
        registry.add("gongkai.kafka.topic", () -> TestInfrastructure.TOPIC);
        registry.add("gongkai.query.consumer.max-poll-records", () -> "50");
        // a group of its own: KafkaPipelineIT's cached context would otherwise share the partitions with this one
        registry.add("gongkai.query.consumer.group-id", () -> "quarantine-it");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
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

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    DirectFeed feed;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void quarantinesAnEventTheReadDatabaseCannotStoreGoesOnAndAppliesItOnceRetriedAfterTheFix() throws Exception {
        double failedBefore = quarantined("failed");
        String tooLong = "名".repeat(600); // agency.name is varchar(500)
        send(wire.next(ReadModelsIT.agency("q-good", null)));
        send(wire.next(new AgencyRegistered("q-poison", tooLong, null, AgencyLevel.COUNTY)));
        send(wire.next(new AgencyRenamed("q-poison", "改名后的机关", LocalDate.parse("2024-03-01"))));
        send(wire.next(ReadModelsIT.received("q-good-app", "q-good", "2024-04-01", ApplicantType.NATURAL_PERSON)));
        producer.flush();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("select count(*) from application where application_id = 'q-good-app'") == 1);
        JsonNode poison = entry("q-poison", "AgencyRegistered", false);
        assertThat(poison.path("kind").asText()).isEqualTo("FAILED");
        assertThat(poison.path("sqlState").asText()).isEqualTo("22001");
        assertThat(poison.path("errorMessage").asText())
                .contains("character varying(500)")
                .doesNotContain("名名");
        assertThat(poison.path("partition").asInt()).isEqualTo(PARTITION);
        assertThat(poison.path("eventId").asText()).isNotBlank();
        JsonNode waiting = entry("q-poison", "AgencyRenamed", false);
        assertThat(waiting.path("kind").asText()).isEqualTo("WAITING");
        assertThat(waiting.path("waitsFor").asLong())
                .isEqualTo(poison.path("id").asLong());
        assertThat(quarantined("failed") - failedBefore).isEqualTo(1.0);
        assertThat(count("select count(*) from agency where agency_id = 'q-poison'"))
                .isZero();

        JsonNode stillBroken = retry(poison.path("id").asLong());
        assertThat(stillBroken.path("tried").get(0).path("resolvedAt").isNull()).isTrue();
        assertThat(stillBroken.path("tried").get(0).path("attempts").asInt()).isEqualTo(2);

        jdbc.execute("alter table agency alter column name type varchar(1000)"); // the fix
        JsonNode fixed = retry(poison.path("id").asLong());

        assertThat(fixed.path("tried")).hasSize(2);
        assertThat(fixed.path("tried").findValuesAsText("resolution")).containsExactly("RETRIED", "RETRIED");
        assertThat(fixed.path("tried").findValuesAsText("resolvedBy")).containsOnly("admin");
        assertThat(jdbc.queryForObject("select name from agency where agency_id = 'q-poison'", String.class))
                .isEqualTo("改名后的机关");
        assertThat(open()).noneMatch(e -> e.path("aggregateId").asText().equals("q-poison"));
        assertThat(entry("q-poison", "AgencyRegistered", true)
                        .path("resolution")
                        .asText())
                .isEqualTo("RETRIED");
        // a second retry of the same row is harmless: it is resolved, nothing is applied again
        assertThat(retry(poison.path("id").asLong())
                        .path("tried")
                        .get(0)
                        .path("attempts")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void findsEachPoisonInALargeBatchAndAppliesEveryOtherEventExactlyOnce() {
        List<Record> events = new ArrayList<>();
        events.add(ReadModelsIT.agency("q-batch", null));
        for (int i = 0; i < 40; i++) {
            events.add(ReadModelsIT.received(
                    "q-batch-" + i, "q-batch", "2024-06-0" + (1 + i % 9), ApplicantType.NATURAL_PERSON));
            if (i == 7) {
                events.add(ReadModelsIT.received(
                        "q-batch-" + "x".repeat(300), "q-batch", "2024-06-01", ApplicantType.NATURAL_PERSON));
            }
            if (i == 31) {
                // longer than agency.name even after the other test widened it
                events.add(new AgencyRegistered("q-batch-long-name", "名".repeat(1001), null, AgencyLevel.CITY));
            }
        }
        List<WireRecords.Wire> sent = new ArrayList<>();
        events.forEach(event -> sent.add(feed.wire().next(event)));
        sent.add(sent.get(5)); // an at-least-once redelivery inside the same batch

        feed.deliver(sent);

        assertThat(count("select count(*) from application where agency_id = 'q-batch'"))
                .isEqualTo(40);
        assertThat(count("select coalesce(sum(count), 0) from application_tally"
                        + " where agency_id = 'q-batch' and row_code = 'RECEIVED'"))
                .isEqualTo(40);
        assertThat(jdbc.queryForList(
                        "select sql_state from projection_quarantine where topic = 'direct-feed'"
                                + " and aggregate_id like 'q-batch-%' and resolved_at is null order by record_offset",
                        String.class))
                .containsExactly("22001", "22001");
    }

    @Test
    void quarantinesAValueThatDoesNotDecodeInsteadOfSkippingItUnseen() throws Exception {
        WireRecords.Wire good = wire.next(new AgencyRegistered("q-garbled", "机关", null, AgencyLevel.CITY));
        RecordHeaders headers = new RecordHeaders(good.headers().toArray());
        producer.send(new ProducerRecord<>(
                TestInfrastructure.TOPIC,
                PARTITION,
                good.key(),
                "{\"agencyId\": 13800138000, \"level\": [".getBytes(StandardCharsets.UTF_8),
                headers));
        send(wire.next(ReadModelsIT.agency("q-after-garbled", null)));
        producer.flush();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("select count(*) from agency where agency_id = 'q-after-garbled'") == 1);
        JsonNode garbled = entry("q-garbled", "AgencyRegistered", false);
        assertThat(garbled.path("errorClass").asText()).startsWith("com.fasterxml.jackson");
        assertThat(garbled.path("errorMessage").asText()).doesNotContain("13800138000");
    }

    @Test
    void aRebuildQuarantinesTooAndCompletes() throws Exception {
        send(wire.next(new AgencyRegistered("q-nul", "含\u0000字符", null, AgencyLevel.COUNTY)));
        send(wire.next(ReadModelsIT.agency("q-after-nul", null)));
        producer.flush();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("select count(*) from agency where agency_id = 'q-after-nul'") == 1);
        assertThat(entry("q-nul", "AgencyRegistered", false).path("sqlState").asText())
                .startsWith("22");

        assertThat(http.postForEntity("/api/admin/projections/rebuild", null, String.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(120))
                .until(
                        () -> json.readTree(http.getForObject("/api/admin/projections/rebuild", String.class))
                                .path("state")
                                .asText(),
                        "COMPLETED"::equals);

        assertThat(count("select count(*) from agency where agency_id = 'q-after-nul'"))
                .isEqualTo(1);
        JsonNode again = entry("q-nul", "AgencyRegistered", false);
        assertThat(again.path("attempts").asInt()).isEqualTo(2);
    }

    @Test
    @Order(Integer.MAX_VALUE) // the outage breaks pooled connections: let it not be the other tests' weather
    void waitsOutADatabaseOutageWithoutQuarantiningAnything() throws Exception {
        send(wire.next(ReadModelsIT.agency("q-outage", null)));
        producer.flush();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("select count(*) from agency where agency_id = 'q-outage'") == 1);

        admin("alter database " + DATABASE + " allow_connections false");
        try {
            admin("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DATABASE + "'");
            for (int i = 0; i < 5; i++) {
                send(wire.next(ReadModelsIT.received(
                        "q-outage-" + i, "q-outage", "2024-05-0" + (1 + i), ApplicantType.NATURAL_PERSON)));
            }
            producer.flush();
            // the outage lasts while the events reach the consumer: its batch fails, its retries are refused
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).until(() -> !canConnect());
        } finally {
            admin("alter database " + DATABASE + " allow_connections true");
        }

        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("select count(*) from application where agency_id = 'q-outage'") == 5);
        assertThat(count("select count(*) from projection_quarantine where aggregate_id like 'q-outage%'"))
                .isZero();
    }

    private double quarantined(String kind) {
        Counter counter =
                meters.find("gongkai.projection.quarantined").tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    private JsonNode entry(String aggregateId, String type, boolean all) throws Exception {
        JsonNode list = json.readTree(http.getForObject("/api/admin/quarantine?all=" + all, String.class));
        return StreamSupport.stream(list.path("entries").spliterator(), false)
                .filter(e -> e.path("aggregateId").asText().equals(aggregateId)
                        && e.path("eventType").asText().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quarantined " + type + " of " + aggregateId + ": " + list));
    }

    private List<JsonNode> open() throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        json.readTree(http.getForObject("/api/admin/quarantine", String.class))
                .path("entries")
                .forEach(entries::add);
        return entries;
    }

    private JsonNode retry(long id) throws Exception {
        ResponseEntity<String> answer =
                http.postForEntity("/api/admin/quarantine/" + id + "/retry", null, String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private static boolean canConnect() {
        try (Connection connection =
                TestInfrastructure.postgres().getDatabase("postgres", DATABASE).getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection =
                        TestInfrastructure.postgres().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void send(WireRecords.Wire record) {
        producer.send(new ProducerRecord<>(
                TestInfrastructure.TOPIC, PARTITION, record.key(), record.value(), record.headers()));
    }
}
