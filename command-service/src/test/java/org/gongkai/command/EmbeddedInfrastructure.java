package org.gongkai.command;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Real PostgreSQL and a real Kafka broker, started once per test JVM: the command side is never tested against
 * stand-ins for its event store or its topic.
 */
final class EmbeddedInfrastructure {

    private static EmbeddedPostgres postgres;
    private static EmbeddedKafkaKraftBroker kafka;

    private EmbeddedInfrastructure() {}

    static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setServerConfig("synchronous_commit", "on")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return postgres;
    }

    static synchronized EmbeddedKafkaKraftBroker kafka() {
        if (kafka == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, 1);
            kafka.brokerProperty("auto.create.topics.enable", "false");
            kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
            kafka.brokerProperty("message.max.bytes", Integer.toString(5 * 1024 * 1024)); // as standalone's
            kafka.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::destroy));
        }
        return kafka;
    }

    /** Points a command-service test context at the shared embedded PostgreSQL and Kafka broker. */
    static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", EmbeddedInfrastructure::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.kafka.bootstrap-servers", () -> kafka().getBrokersAsString());
    }

    static String jdbcUrl() {
        return postgres().getJdbcUrl("postgres", "postgres");
    }

    /** A database of its own, for a test that must see an event store nobody else wrote to. */
    static String freshDatabase(String name) {
        try (var connection = postgres().getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return postgres().getJdbcUrl("postgres", name);
    }
}
