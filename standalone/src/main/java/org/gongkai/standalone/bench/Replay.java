package org.gongkai.standalone.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gongkai.events.EventCatalogue;
import org.gongkai.events.EventType;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.Outcome;
import org.gongkai.query.intake.ProjectionConsumer;
import org.gongkai.query.intake.WireFormat;
import org.gongkai.standalone.EmbeddedDatabase;
import org.gongkai.standalone.GongkaiStack;

/**
 * Rebuilding the projections from offset zero over at least a million events. A million events through HTTP
 * would take most of the benchmark's time, so the topic is filled directly in the contract's wire format (the
 * headers of the ADR, JSON values of the shared-events records written by the services' mapper): applications
 * received and decided, keyed by application id, over the benchmark's agencies. The live consumer is paused
 * meanwhile (it would only project them twice); then the rebuild is started through the API and timed until
 * its progress reports COMPLETED. The raw figure reads as many rows of similar size straight from PostgreSQL
 * through a streaming cursor.
 */
final class Replay {

    static final String PRODUCED_BY = "ApplicationReceived + DecisionRecorded pairs written straight to the topic "
            + "by a Kafka producer in the contract wire format (ADR headers, WireFormat JSON of shared-events "
            + "records), on top of the events the earlier phases logged through HTTP";

    record Result(
            long events,
            double eventsPerSecond,
            double rebuildSeconds,
            long produced,
            double produceSeconds,
            double rawReadRowsPerSecond,
            double rawBefore,
            double rawAfter,
            ReadsDuring readsDuring) {}

    /** Reports read while the rebuild ran: every one should answer 200, from the tables as they were (ADR 0053). */
    record ReadsDuring(int reads, int ok, Map<Integer, Integer> statuses, double p99Ms) {}

    private Replay() {}

    static Result run(GongkaiStack stack, Http http, List<String> agencies, int year, long targetEvents, Bench.Log log)
            throws Exception {
        String topic = stack.commandService().getEnvironment().getProperty("gongkai.kafka.topic", "gongkai.events");
        String bootstrap = stack.infrastructure().kafka().bootstrapServers();
        ProjectionConsumer consumer = stack.queryService().getBean(ProjectionConsumer.class);
        consumer.stop();
        long existing = endOffsets(bootstrap, topic);
        long toProduce = Math.max(0, targetEvents - existing);
        toProduce += toProduce % 2;
        long produceStart = System.nanoTime();
        produce(bootstrap, topic, agencies, year, toProduce / 2, log);
        double produceSeconds = (System.nanoTime() - produceStart) / 1e9;
        log.say("replay: produced " + toProduce + " events in " + Bench.round(produceSeconds) + " s");

        EmbeddedDatabase database = stack.infrastructure().database();
        long rawRows = existing + toProduce;
        createRawTable(database, rawRows);
        double rawBefore = rawRead(database, rawRows, log);

        String report = "/api/agencies/" + agencies.get(agencies.size() - 1) + "/reports/" + year;
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        Latencies readTimes = new Latencies();
        long started = System.nanoTime();
        http.post("/api/admin/projections/rebuild", Map.of());
        JsonNode progress;
        long lastSaid = started;
        long lastRead = 0;
        while (true) {
            if (System.nanoTime() - lastRead > 1_000_000_000L) {
                lastRead = System.nanoTime();
                int status = http.get(report).statusCode();
                readTimes.add(System.nanoTime() - lastRead);
                statuses.merge(status, 1, Integer::sum);
            }
            progress = http.getJson("/api/admin/projections/rebuild");
            if ("COMPLETED".equals(progress.path("state").asText())) {
                break;
            }
            if (System.nanoTime() - lastSaid > 5_000_000_000L) {
                lastSaid = System.nanoTime();
                log.say("replay: " + progress.path("consumedOffsets").asLong() + " of "
                        + progress.path("targetOffsets").asLong() + " events");
            }
            if (System.nanoTime() - started > Duration.ofMinutes(6).toNanos()) {
                throw new IllegalStateException("the rebuild did not complete in 6 minutes: " + progress);
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long events = progress.path("targetOffsets").asLong();
        log.say("replay: rebuilt " + events + " events in " + Bench.round(seconds) + " s");
        log.say("replay: " + statuses + " answers to the report read once a second during the rebuild");
        double rawAfter = rawRead(database, rawRows, log);
        dropRawTable(database);
        return new Result(
                events,
                Bench.round(events / seconds),
                Bench.round(seconds),
                toProduce,
                Bench.round(produceSeconds),
                Bench.round((rawBefore + rawAfter) / 2),
                rawBefore,
                rawAfter,
                new ReadsDuring(
                        statuses.values().stream().mapToInt(Integer::intValue).sum(),
                        statuses.getOrDefault(200, 0),
                        statuses,
                        readTimes.count() == 0 ? 0 : readTimes.percentileMs(99)));
    }

    private static long endOffsets(String bootstrap, String topic) throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrap))) {
            var partitions = admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get()
                    .get(topic)
                    .partitions();
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            partitions.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream()
                    .mapToLong(o -> o.offset())
                    .sum();
        }
    }

    private static void produce(
            String bootstrap, String topic, List<String> agencies, int year, long applications, Bench.Log log)
            throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "gongkai-bench-replay");
        ObjectMapper json = WireFormat.objectMapper();
        EventType received = EventCatalogue.byClass(ApplicationReceived.class).orElseThrow();
        EventType decided = EventCatalogue.byClass(DecisionRecorded.class).orElseThrow();
        ApplicantType[] types = ApplicantType.values();
        Channel[] channels = Channel.values();
        Outcome[] outcomes = Outcome.values();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (long i = 0; i < applications; i++) {
                String id = "bench-" + run + "-" + i;
                String agency = agencies.get((int) (i % agencies.size()));
                LocalDate receivedOn = LocalDate.of(year, 1, 1).plusDays(random.nextInt(330));
                Instant now = Instant.now();
                send(
                        producer,
                        json,
                        topic,
                        received,
                        id,
                        0,
                        now,
                        new ApplicationReceived(
                                id,
                                agency,
                                receivedOn,
                                channels[random.nextInt(channels.length)],
                                types[random.nextInt(types.length)],
                                null,
                                receivedOn.plusDays(28)));
                send(
                        producer,
                        json,
                        topic,
                        decided,
                        id,
                        1,
                        now,
                        new DecisionRecorded(
                                id,
                                outcomes[random.nextInt(outcomes.length)],
                                receivedOn.plusDays(random.nextInt(20))));
                if (i > 0 && i % 100_000 == 0) {
                    log.say("replay: producing, " + (2 * i) + " events sent");
                }
            }
            producer.flush();
        }
    }

    private static void send(
            KafkaProducer<String, byte[]> producer,
            ObjectMapper json,
            String topic,
            EventType type,
            String aggregateId,
            long sequence,
            Instant recordedAt,
            Record payload)
            throws Exception {
        RecordHeaders headers = new RecordHeaders();
        header(headers, WireFormat.EVENT_ID, UUID.randomUUID().toString());
        header(headers, WireFormat.EVENT_TYPE, type.name());
        header(headers, WireFormat.EVENT_VERSION, String.valueOf(type.version()));
        header(headers, WireFormat.AGGREGATE_ID, aggregateId);
        header(headers, WireFormat.AGGREGATE_SEQUENCE, Long.toString(sequence));
        header(headers, WireFormat.RECORDED_AT, recordedAt.toString());
        producer.send(new ProducerRecord<>(topic, null, aggregateId, json.writeValueAsBytes(payload), headers));
    }

    private static void header(RecordHeaders headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A scratch table in the query database of {@code rows} rows of about the size of a wire record (ids, type, a
     * 300-byte payload), for {@link #rawRead}.
     */
    private static void createRawTable(EmbeddedDatabase database, long rows) throws Exception {
        try (Connection connection = database.connect("gongkai_query")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("drop table if exists bench_raw_read");
                ddl.execute("""
                        create table bench_raw_read (id bigint primary key, event_id varchar(64), aggregate_id
                            varchar(255), sequence_no bigint, event_type varchar(64), recorded_at varchar(64),
                            payload bytea)
                        """);
                ddl.execute("insert into bench_raw_read select g, md5(g::text), 'bench-app-' || (g / 2), g % 2, "
                        + "'ApplicationReceived', now()::text, convert_to(repeat(md5(g::text), 8), 'UTF8') "
                        + "from generate_series(1, " + rows + ") g");
                ddl.execute("vacuum analyze bench_raw_read");
            }
        }
    }

    private static void dropRawTable(EmbeddedDatabase database) throws Exception {
        try (Connection connection = database.connect("gongkai_query");
                Statement ddl = connection.createStatement()) {
            ddl.execute("drop table bench_raw_read");
        }
    }

    /** Reads the scratch table with a streaming cursor (fetch size 10,000), touching every column. */
    private static double rawRead(EmbeddedDatabase database, long rows, Bench.Log log) throws Exception {
        try (Connection connection = database.connect("gongkai_query")) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            long read = 0;
            long bytes = 0;
            try (PreparedStatement query = connection.prepareStatement("select * from bench_raw_read")) {
                query.setFetchSize(10_000);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        bytes += rs.getLong(1)
                                + rs.getString(2).length()
                                + rs.getString(3).length()
                                + rs.getLong(4)
                                + rs.getString(5).length()
                                + rs.getString(6).length()
                                + rs.getBytes(7).length;
                        read++;
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            connection.commit();
            connection.setAutoCommit(true);
            double perSecond = Bench.round(read / seconds);
            log.say("raw read: " + read + " rows in " + Bench.round(seconds) + " s (" + perSecond + " rows/s, "
                    + (bytes > 0 ? "ok" : "empty") + ")");
            return perSecond;
        }
    }
}
