package org.gongkai.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.gongkai.command.agency.AgencyDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether an agency is registered is answered from memory once its row was seen committed (ADR 0041), and a row
 * seen only inside a transaction that is then rolled back is never remembered.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=command-service", Admin.PASSWORD_PROPERTY, "gongkai.kafka.partitions=1"})
class AgencyDirectoryMemoryIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> EmbeddedInfrastructure.freshDatabase("agency_memory_it"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        // no broker: the directory does not need one, and the publisher only waits
        registry.add("spring.kafka.bootstrap-servers", () -> "localhost:" + freePort());
    }

    @Autowired
    AgencyDirectory directory;

    @Autowired
    EventProcessingConfiguration processing;

    /** A directory that fails fails its command: Axon's default would log it and store the event without its row. */
    @Test
    void aFailingDirectoryProjectionFailsItsCommand() {
        assertThat(processing.listenerInvocationErrorHandler("agency-directory"))
                .isInstanceOf(PropagatingErrorHandler.class);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aCommittedAgencyIsRememberedAndAnsweredWithoutTheTable() {
        String agency = "memory-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> insert(agency));
        assertThat(directory.isRegistered(agency)).isTrue();

        // agencies are never removed; removing the row here shows the second answer does not read it
        jdbc.update("DELETE FROM agency_directory WHERE agency_id = ?", agency);
        assertThat(directory.isRegistered(agency)).isTrue();
    }

    @Test
    void anAgencySeenOnlyInARolledBackTransactionIsNotRemembered() {
        String agency = "rolled-back-" + UUID.randomUUID();
        Boolean seenInside = transactions.execute(status -> {
            insert(agency);
            boolean seen = directory.isRegistered(agency);
            status.setRollbackOnly();
            return seen;
        });
        assertThat(seenInside).isTrue();
        assertThat(directory.isRegistered(agency)).isFalse();
    }

    @Test
    void anUnknownAgencyIsNotRegistered() {
        assertThat(directory.isRegistered("never-" + UUID.randomUUID())).isFalse();
    }

    private void insert(String agency) {
        jdbc.update("INSERT INTO agency_directory (agency_id) VALUES (?)", agency);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
