package org.gongkai.command.security;

import java.util.Objects;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.gongkai.command.eventstore.KeyRows;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.events.proactive.RegulatoryDocumentIssued;
import org.gongkai.events.review.LawsuitFiled;
import org.gongkai.events.review.ReconsiderationFiled;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which agency each application, review case and document belongs to, for the scope check of later commands on
 * it. Same subscribing processor as the agency directory (ADR 0008): never behind the event store.
 */
@Component
@ProcessingGroup("agency-directory")
class AggregateAgencyProjection implements CommandScope.Ownership {

    private final JdbcTemplate jdbc;
    private final KeyRows rows;

    AggregateAgencyProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.rows = new KeyRows(jdbc, "aggregate_agency", "aggregate_id", "agency_id");
    }

    @EventHandler
    void on(ApplicationReceived event) {
        belongs(event.applicationId(), event.agencyId());
    }

    @EventHandler
    void on(ReconsiderationFiled event) {
        belongs(event.caseId(), event.agencyId());
    }

    @EventHandler
    void on(LawsuitFiled event) {
        belongs(event.caseId(), event.agencyId());
    }

    @EventHandler
    void on(RegulatoryDocumentIssued event) {
        belongs(event.documentId(), event.agencyId());
    }

    private void belongs(String aggregateId, String agencyId) {
        rows.add(aggregateId, agencyId);
    }

    @Override
    public Optional<String> agencyOf(String aggregateId) {
        return jdbc
                .queryForList(
                        "SELECT agency_id FROM aggregate_agency WHERE aggregate_id = ?", String.class, aggregateId)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<String> parentOf(String agencyId) {
        return jdbc
                .queryForList(
                        "SELECT parent_agency_id FROM agency_directory WHERE agency_id = ?", String.class, agencyId)
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }
}
