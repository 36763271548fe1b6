package org.gongkai.query;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One embedded PostgreSQL and one embedded KRaft broker per test JVM, started on first use and stopped at exit.
 * Each Spring test context gets a database of its own, so contexts never see each other's read models.
 */
public final class TestInfrastructure {

    public static final String TOPIC = "gongkai.events";

    private static EmbeddedPostgres postgres;
    private static EmbeddedKafkaKraftBroker kafka;

    private TestInfrastructure() {}

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::closePostgres));
        }
        return postgres;
    }

    public static synchronized EmbeddedKafkaKraftBroker kafka() {
        if (kafka == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, 3, TOPIC);
            kafka.brokerProperties(
                    Map.of("auto.create.topics.enable", "false", "group.initial.rebalance.delay.ms", "0"));
            kafka.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::destroy));
        }
        return kafka;
    }

    /** Creates (if needed) a database of that name and points the context's data source at it. */
    public static void database(String name, DynamicPropertyRegistry registry) {
        EmbeddedPostgres pg = emptyDatabase(name);
        registry.add("spring.datasource.url", () -> pg.getJdbcUrl("postgres", name));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("gongkai.security.admin-password", () -> SignedInClients.ADMIN_PASSWORD);
    }

    /** A new database of that name with the query side's schema migrated in, for tests without a Spring context. */
    public static DataSource migratedDatabase(String name) {
        EmbeddedPostgres pg = emptyDatabase(name);
        DataSource database = pg.getDatabase("postgres", name);
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/query")
                .load()
                .migrate();
        return database;
    }

    /** Drops the database of that name if it exists and creates it empty. */
    private static EmbeddedPostgres emptyDatabase(String name) {
        EmbeddedPostgres pg = postgres();
        try (Connection connection = pg.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return pg;
    }

    private static synchronized void closePostgres() {
        try {
            postgres.close();
        } catch (IOException e) {
            // The JVM is going away; nothing useful to do.
        }
    }
}
