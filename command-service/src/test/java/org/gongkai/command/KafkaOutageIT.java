package org.gongkai.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The event store is the outbox: with no Kafka broker at all, every write is still accepted and committed, and the
 * publisher holds its position instead of skipping what it could not send. (That publishing then resumes and
 * the tables catch up exactly is shown over the whole stack in the standalone module, whose broker can be
 * stopped and restarted on the same address.)
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.name=command-service",
            Admin.PASSWORD_PROPERTY,
            "gongkai.kafka.topic=outage-it",
            "gongkai.kafka.partitions=1"
        })
class KafkaOutageIT {

    private static final int KAFKA_PORT = freePort();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> EmbeddedInfrastructure.freshDatabase("outage_it"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.kafka.bootstrap-servers", () -> "localhost:" + KAFKA_PORT);
    }

    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void signInAsAdministrator() {
        http = http.withBasicAuth("admin", Admin.PASSWORD);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void acceptsAndStoresWritesWhileKafkaIsDownWithoutMovingThePublisher() {
        String agency = "outage-agency-" + UUID.randomUUID();
        String today =
                LocalDate.now(org.gongkai.events.calendar.BusinessClock.china()).toString();
        assertThat(http.postForEntity("/api/agencies", Map.of("agencyId", agency, "name", "托里县人民政府"), Map.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        Set<String> written = new HashSet<>(Set.of(agency));
        for (int i = 0; i < 5; i++) {
            ResponseEntity<Map> answer = http.postForEntity(
                    "/api/applications",
                    Map.of(
                            "agencyId",
                            agency,
                            "receivedOn",
                            today,
                            "channel",
                            "ONLINE",
                            "applicantType",
                            "NATURAL_PERSON"),
                    Map.class);
            assertThat(answer.getStatusCode().value()).isEqualTo(201);
            written.add((String) answer.getBody().get("applicationId"));
        }

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domainevententry WHERE aggregateidentifier IN ("
                                + String.join(
                                        ",",
                                        written.stream()
                                                .map(id -> "'" + id + "'")
                                                .toList()) + ")",
                        Integer.class))
                .isEqualTo(written.size());
        assertThat(jdbc.queryForList(
                        "SELECT token FROM tokenentry WHERE processorname = 'kafka-publisher' "
                                + "AND token IS NOT NULL",
                        byte[].class))
                .isEmpty();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
