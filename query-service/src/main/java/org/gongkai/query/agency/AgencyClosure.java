package org.gongkai.query.agency;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code agency_closure} (every ancestor of every agency, with the dates it holds) and the per-ancestor tally
 * roll-up that depends on it, in the projection's transaction (ADR 0043). A changed parent of one agency changes the
 * ancestors of its whole subtree, so that subtree is recomputed from {@code agency_parent}; the roll-up loses the
 * subtree's tallies under the ancestors it had and gains them under the ancestors it has now.
 */
@Component
class AgencyClosure {

    /** The ancestors of the given agencies with their dated intervals, merged where they touch. */
    static final String RECOMPUTE = """
            with recursive chain (descendant_id, ancestor_id, valid_from, valid_to, depth) as (
                select d, d, date '-infinity', date 'infinity', 0 from unnest(?::text[]) as d
                union all
                select c.descendant_id, p.parent_agency_id, greatest(c.valid_from, p.valid_from),
                       least(c.valid_to, p.valid_to), c.depth + 1
                from chain c
                cross join lateral (
                    -- the parent intervals of this one ancestor only (its primary key range): a window over all
                    -- of agency_parent made each registration cost a scan of the whole directory
                    select parent_agency_id, effective_on as valid_from,
                           coalesce(lead(effective_on) over (order by effective_on), date 'infinity') as valid_to
                    from agency_parent where agency_id = c.ancestor_id
                ) p
                where p.parent_agency_id is not null and p.valid_from < c.valid_to and c.valid_from < p.valid_to
                  and c.depth < 64
            ), numbered as (
                select descendant_id, ancestor_id, valid_from, valid_to,
                       lag(valid_to) over (partition by descendant_id, ancestor_id order by valid_from) as previous_to
                from chain
            ), island as (
                select descendant_id, ancestor_id, valid_from, valid_to,
                       count(*) filter (where previous_to is distinct from valid_from)
                           over (partition by descendant_id, ancestor_id order by valid_from) as island
                from numbered
            )
            insert into agency_closure (ancestor_id, descendant_id, valid_from, valid_to)
            select ancestor_id, descendant_id, min(valid_from), max(valid_to)
            from island group by ancestor_id, descendant_id, island
            on conflict do nothing
            """;

    private static final String ROLL_UP = """
            insert into tally_rollup (ancestor_id, year, quarter, applicant_type, row_code, count)
            select c.ancestor_id, t.year, t.quarter, t.applicant_type, t.row_code, sum(t.count) * ?
            from application_tally t
            join agency_closure c on c.descendant_id = t.agency_id and c.permanent and c.ancestor_id <> c.descendant_id
            where t.agency_id = any(?)
            group by c.ancestor_id, t.year, t.quarter, t.applicant_type, t.row_code
            order by 1, 2, 3, 4, 5
            on conflict (ancestor_id, year, quarter, applicant_type, row_code)
            do update set count = tally_rollup.count + excluded.count
            """;

    private final JdbcTemplate jdbc;

    AgencyClosure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** After {@code agency_parent} changed for the agency: its subtree (at any date) gets its ancestors anew. */
    void parentChanged(String agencyId) {
        Set<String> subtree = new LinkedHashSet<>();
        subtree.add(agencyId);
        subtree.addAll(jdbc.queryForList(
                "select distinct descendant_id from agency_closure where ancestor_id = ?", String.class, agencyId));
        String[] ids = subtree.toArray(String[]::new);
        jdbc.update(ROLL_UP, -1, ids);
        jdbc.update("delete from agency_closure where descendant_id = any(?)", (Object) ids);
        jdbc.update(RECOMPUTE, (Object) ids);
        jdbc.update(ROLL_UP, 1, ids);
    }

    /** The agency and every agency under it on the date ({@code agency_closure} holds one row per interval). */
    List<String> subtree(String agencyId, LocalDate on) {
        return jdbc.queryForList("""
                select descendant_id from agency_closure
                where ancestor_id = ? and valid_from <= ? and valid_to > ?
                """, String.class, agencyId, on, on);
    }

    /** The agencies under the ancestor on the date whose tallies the roll-up does not hold: itself and the moved. */
    List<String> notRolledUp(String agencyId, LocalDate on) {
        return jdbc.queryForList("""
                select descendant_id from agency_closure
                where ancestor_id = ? and valid_from <= ? and valid_to > ?
                  and (not permanent or descendant_id = ancestor_id)
                """, String.class, agencyId, on, on);
    }

    /** Every agency any of the given ones was ever under, and the given ones themselves. */
    Set<String> everAbove(Collection<String> agencyIds) {
        Set<String> above = new HashSet<>(agencyIds);
        above.addAll(jdbc.queryForList(
                "select distinct ancestor_id from agency_closure where descendant_id = any(?)", String.class, (Object)
                        agencyIds.toArray(String[]::new)));
        return above;
    }
}
