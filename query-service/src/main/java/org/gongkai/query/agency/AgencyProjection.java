package org.gongkai.query.agency;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.events.agency.AgencyClosed;
import org.gongkai.events.agency.AgencyMoved;
import org.gongkai.events.agency.AgencyRegistered;
import org.gongkai.events.agency.AgencyRenamed;
import org.gongkai.query.intake.EventEnvelope;
import org.gongkai.query.intake.Projection;
import org.gongkai.query.intake.ProjectionChanges;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the agency list and the dated parent history that roll-ups use. */
@Component
class AgencyProjection implements Projection {

    /** The parent named at registration applies to all of history, before any dated move. */
    static final LocalDate SINCE_ALWAYS = LocalDate.of(1900, 1, 1);

    private final AgencyRepository agencies;
    private final JdbcTemplate jdbc;
    private final AgencyClosure closure;

    AgencyProjection(AgencyRepository agencies, JdbcTemplate jdbc, AgencyClosure closure) {
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.closure = closure;
    }

    @Override
    public void apply(EventEnvelope event, ProjectionChanges changes) {
        if (event.payload() instanceof AgencyRegistered registered) {
            String level =
                    registered.level() == null ? null : registered.level().name();
            agencies.findById(registered.agencyId())
                    .ifPresentOrElse(
                            existing -> existing.rename(registered.name()),
                            () -> agencies.save(new AgencyEntity(
                                    registered.agencyId(), registered.name(), registered.parentAgencyId(), level)));
            parentFrom(registered.agencyId(), SINCE_ALWAYS, registered.parentAgencyId());
            changes.agencyChanged(registered.agencyId());
        } else if (event.payload() instanceof AgencyRenamed renamed) {
            agencies.findById(renamed.agencyId()).ifPresent(agency -> agency.rename(renamed.name()));
            changes.agencyChanged(renamed.agencyId());
        } else if (event.payload() instanceof AgencyMoved moved) {
            agencies.findById(moved.agencyId()).ifPresent(agency -> {
                // the subtree it leaves changes as much as the one it joins
                if (agency.parentAgencyId() != null) {
                    changes.agencyChanged(agency.parentAgencyId());
                }
                agency.moveUnder(moved.parentAgencyId());
            });
            parentFrom(moved.agencyId(), moved.effectiveOn(), moved.parentAgencyId());
            changes.agencyChanged(moved.agencyId());
            changes.agencyChanged(moved.parentAgencyId());
        } else if (event.payload() instanceof AgencyClosed closed) {
            agencies.findById(closed.agencyId()).ifPresent(agency -> agency.close(closed.closedOn()));
            changes.agencyChanged(closed.agencyId());
        }
    }

    private void parentFrom(String agencyId, LocalDate effectiveOn, String parentAgencyId) {
        int changed = jdbc.update("""
                insert into agency_parent (agency_id, effective_on, parent_agency_id) values (?, ?, ?)
                on conflict (agency_id, effective_on) do update set parent_agency_id = excluded.parent_agency_id
                where agency_parent.parent_agency_id is distinct from excluded.parent_agency_id
                """, agencyId, effectiveOn, parentAgencyId);
        // a fact delivered again changes nothing, and recomputing a large subtree for it would cost a lot
        if (changed > 0) {
            closure.parentChanged(agencyId);
        }
    }

    @Override
    public List<String> tables() {
        return List.of("agency", "agency_parent", "agency_closure", "tally_rollup");
    }
}
