package org.gongkai.query.agency;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which agencies a read covers. A roll-up uses the tree as it stands on one date, the last day of the period
 * read: an agency moved during a year counts wholly under its new parent for that year (and for the quarter of
 * the move onwards). One tree per period keeps every identity of the table for the sum, which a split at the
 * move date would break (the moved unit's carry-over would enter or leave the subtree mid-period).
 */
@Component
public class AgencyTree {

    /** What a read covers: the agency alone (default) or the agency and every agency below it. */
    public enum Scope {
        AGENCY,
        SUBTREE;

        public static Scope parse(String value) {
            if (value == null || value.isBlank() || value.equalsIgnoreCase("agency")) {
                return AGENCY;
            }
            if (value.equalsIgnoreCase("subtree")) {
                return SUBTREE;
            }
            throw new InvalidParameter("scope", "must be 'agency' or 'subtree'", value);
        }
    }

    private final JdbcTemplate jdbc;
    private final AgencyRepository agencies;

    AgencyTree(JdbcTemplate jdbc, AgencyRepository agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    /** Fails with 404 when the agency is unknown. */
    public void requireKnown(String agencyId) {
        if (!agencies.existsById(agencyId)) {
            throw new UnknownAgency(agencyId);
        }
    }

    /** The agency's current name, as printed in a report's title and signature. */
    public String name(String agencyId) {
        return agencies.findById(agencyId).map(AgencyEntity::name).orElseThrow(() -> new UnknownAgency(agencyId));
    }

    /** The agency and, for a subtree, every agency below it in the tree in force on {@code on}. */
    public List<String> covered(String agencyId, Scope scope, LocalDate on) {
        requireKnown(agencyId);
        if (scope == Scope.AGENCY) {
            return List.of(agencyId);
        }
        return jdbc.queryForList("""
                with recursive edge as (
                    select distinct on (agency_id) agency_id, parent_agency_id
                    from agency_parent where effective_on <= ?
                    order by agency_id, effective_on desc
                ), tree (agency_id) as (
                    select cast(? as varchar)
                    union
                    select e.agency_id from edge e join tree t on e.parent_agency_id = t.agency_id
                )
                select agency_id from tree
                """, String.class, on, agencyId);
    }
}
