package org.gongkai.command.application;

import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.gongkai.command.eventstore.KeyRows;
import org.gongkai.events.application.ApplicationReceived;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The command side's list of received applications and their agency. The subscribing processor that keeps the
 * agency directory updates it in the transaction that stores the receipt, so a command never sees it behind the
 * event store; loading each named Application aggregate instead would replay its whole stream for one lookup.
 */
@Component
@ProcessingGroup("agency-directory")
class ApplicationDirectoryProjection implements ApplicationDirectory {

    private final JdbcTemplate jdbc;
    private final KeyRows rows;

    ApplicationDirectoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = new KeyRows(jdbc, "application_directory", "application_id", "agency_id");
    }

    @EventHandler
    void on(ApplicationReceived event) {
        rows.add(event.applicationId(), event.agencyId());
    }

    @Override
    public Optional<String> agencyOf(String applicationId) {
        return jdbc
                .queryForList(
                        "SELECT agency_id FROM application_directory WHERE application_id = ?",
                        String.class,
                        applicationId)
                .stream()
                .findFirst();
    }
}
