package org.gongkai.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded stores alone (no services): real PostgreSQL and a real KRaft broker, kept across restarts. */
class EmbeddedInfrastructureIT {

    @TempDir
    Path dataDir;

    @Test
    void runsPostgresWithDurableCommitsAndKeepsRowsAcrossARestart() throws Exception {
        long postmasterPid;
        try (EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(dataDir)) {
            EmbeddedDatabase database = infrastructure.database();
            try (Connection connection = database.connect("gongkai_command")) {
                assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(connection, "fsync")).isEqualTo("on");
                assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE fact (id text PRIMARY KEY)");
                    statement.execute("INSERT INTO fact VALUES ('kept')");
                }
            }
            try (Connection connection = database.connect("gongkai_query")) {
                assertThat(connection.isValid(5)).isTrue();
            }
            postmasterPid = postmasterPid();
        }

        assertThat(ProcessHandle.of(postmasterPid).filter(ProcessHandle::isAlive))
                .as("the PostgreSQL server process after close")
                .isEmpty();
        try (EmbeddedInfrastructure restarted = EmbeddedInfrastructure.start(dataDir);
                Connection connection = restarted.database().connect("gongkai_command");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM fact")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept");
        }
    }

    @Test
    void runsAKraftBrokerWhoseTopicsAndRecordsSurviveARestart() {
        String clusterId;
        try (EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(dataDir)) {
            String bootstrap = infrastructure.kafka().bootstrapServers();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.createTopics(List.of(new NewTopic("facts", 3, (short) 1)))
                        .all()
                        .get();
                clusterId = admin.describeCluster().clusterId().get();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            try (KafkaProducer<String, String> producer = producer(bootstrap)) {
                producer.send(new ProducerRecord<>("facts", "agency-1", "registered"))
                        .get();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertThat(readAll(bootstrap, "facts")).containsExactly("agency-1=registered");
        }

        assertThat(Files.exists(dataDir.resolve("kafka/data/meta.properties"))).isTrue();
        try (EmbeddedInfrastructure restarted = EmbeddedInfrastructure.start(dataDir)) {
            String bootstrap = restarted.kafka().bootstrapServers();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                assertThat(admin.describeCluster().clusterId().get()).isEqualTo(clusterId);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertThat(readAll(bootstrap, "facts")).containsExactly("agency-1=registered");
        }
    }

    @Test
    void refusesASecondInstanceOnTheSameDataDir() {
        try (EmbeddedInfrastructure first = EmbeddedInfrastructure.start(dataDir)) {
            assertThatThrownBy(() -> EmbeddedInfrastructure.start(dataDir))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("already running");
            assertThat(first.database().port()).isPositive();
        }
    }

    private long postmasterPid() throws Exception {
        String firstLine = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"), StandardCharsets.US_ASCII)
                .get(0);
        return Long.parseLong(firstLine.trim());
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true),
                new StringSerializer(),
                new StringSerializer());
    }

    private static List<String> readAll(String bootstrap, String topic) {
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "reader-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(Set.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record.key() + "=" + record.value());
                }
                return !seen.isEmpty();
            });
        }
        return seen;
    }
}
