package org.gongkai.query.statistics;

import java.util.Collection;
import org.gongkai.events.application.ApplicantType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the quarterly tally of a set of agencies for one period in one index range scan: flows before the period
 * net out to the opening stock (receipts minus closes), flows inside it are the period's rows.
 */
@Component
public class TallyReader {

    private final JdbcTemplate jdbc;

    TallyReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public TallyCounts read(Collection<String> agencyIds, Period period) {
        return read(agencyIds, null, period);
    }

    /**
     * The tally of {@code agencyIds} plus the roll-up kept under {@code rolledUpUnder} (ADR 0043; null: none), so a
     * subtree of a thousand agencies reads one agency's worth of rows.
     */
    public TallyCounts read(Collection<String> agencyIds, String rolledUpUnder, Period period) {
        TallyCounts counts = new TallyCounts();
        int first = index(period.first());
        int last = index(period.last());
        jdbc.query(
                """
                select applicant_type, row_code,
                       coalesce(sum(count) filter (where year * 4 + quarter < ?), 0) as before,
                       coalesce(sum(count) filter (where year * 4 + quarter >= ?), 0) as within
                from (
                    select applicant_type, row_code, year, quarter, count from application_tally
                    where agency_id = any(?) and year <= ? and year * 4 + quarter <= ?
                    union all
                    select applicant_type, row_code, year, quarter, count from tally_rollup
                    where ancestor_id = ? and year <= ? and year * 4 + quarter <= ?
                ) as flows
                group by applicant_type, row_code
                """,
                rs -> {
                    ApplicantType type = ApplicantType.valueOf(rs.getString(1));
                    String row = rs.getString(2);
                    long before = rs.getLong(3);
                    counts.addOpening(type, TallyCounts.RECEIVED.equals(row) ? before : -before);
                    counts.addWithin(type, row, rs.getLong(4));
                },
                first,
                first,
                agencyIds.toArray(String[]::new),
                period.last().year(),
                last,
                rolledUpUnder,
                period.last().year(),
                last);
        return counts;
    }

    private static int index(Quarter quarter) {
        return quarter.year() * 4 + quarter.quarter();
    }
}
