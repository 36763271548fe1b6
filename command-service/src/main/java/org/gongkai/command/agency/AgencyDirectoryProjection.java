package org.gongkai.command.agency;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.gongkai.events.agency.AgencyClosed;
import org.gongkai.events.agency.AgencyMoved;
import org.gongkai.events.agency.AgencyRegistered;
import org.gongkai.events.agency.AgencyRenamed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The command side's own small view of the agency tree, for set validation (does the agency exist, would a move
 * make a cycle). A subscribing processor updates it in the transaction that stores the events, so a command
 * never sees it behind the event store.
 *
 * <p>Whether an agency is registered is answered from memory once it was seen committed (ADR 0041): an agency is
 * never unregistered (closing keeps it), so a remembered id can never become wrong, on this instance or on another
 * command service sharing the store. An id is remembered only after the transaction that registered or read it
 * committed, so a registration that is rolled back (a refused batch, a failed commit) is never remembered.
 */
@Component
@ProcessingGroup("agency-directory")
class AgencyDirectoryProjection implements AgencyDirectory {

    private final JdbcTemplate jdbc;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    AgencyDirectoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AgencyRegistered event) {
        jdbc.update(
                "INSERT INTO agency_directory (agency_id, parent_agency_id) VALUES (?, ?) "
                        + "ON CONFLICT (agency_id) DO NOTHING",
                event.agencyId(),
                event.parentAgencyId());
        named(event.agencyId(), event.name());
        rememberOnCommit(event.agencyId());
    }

    @EventHandler
    void on(AgencyRenamed event) {
        named(event.agencyId(), event.name());
    }

    private void named(String agencyId, String name) {
        jdbc.update(
                "INSERT INTO agency_name (agency_id, name) VALUES (?, ?) "
                        + "ON CONFLICT (agency_id) DO UPDATE SET name = excluded.name",
                agencyId,
                name);
    }

    @EventHandler
    void on(AgencyMoved event) {
        jdbc.update(
                "UPDATE agency_directory SET parent_agency_id = ? WHERE agency_id = ?",
                event.parentAgencyId(),
                event.agencyId());
    }

    @EventHandler
    void on(AgencyClosed event) {
        jdbc.update(
                "UPDATE agency_directory SET closed_on = ? WHERE agency_id = ?", event.closedOn(), event.agencyId());
    }

    @Override
    public boolean isRegistered(String agencyId) {
        if (registered.contains(agencyId)) {
            return true;
        }
        boolean found = !jdbc.queryForList(
                        "SELECT 1 FROM agency_directory WHERE agency_id = ?", Integer.class, agencyId)
                .isEmpty();
        if (found) {
            rememberOnCommit(agencyId); // the row may be this transaction's own, not yet committed
        }
        return found;
    }

    private void rememberOnCommit(String agencyId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            registered.add(agencyId); // outside a transaction a row read is committed
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                registered.add(agencyId);
            }
        });
    }

    @Override
    public Optional<String> parentOf(String agencyId) {
        return jdbc
                .queryForList(
                        "SELECT parent_agency_id FROM agency_directory WHERE agency_id = ?", String.class, agencyId)
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    @Override
    public boolean nameTakenUnder(String parentAgencyId, String name, String exceptAgencyId) {
        return !jdbc.queryForList(
                        "SELECT 1 FROM agency_directory d JOIN agency_name n ON n.agency_id = d.agency_id "
                                + "WHERE d.parent_agency_id = ? AND btrim(n.name) = ? AND d.closed_on IS NULL "
                                + "AND d.agency_id <> ? LIMIT 1",
                        Integer.class,
                        parentAgencyId,
                        name,
                        exceptAgencyId == null ? "" : exceptAgencyId)
                .isEmpty();
    }

    @Override
    public Optional<String> nameOf(String agencyId) {
        return jdbc.queryForList("SELECT name FROM agency_name WHERE agency_id = ?", String.class, agencyId).stream()
                .findFirst();
    }
}
