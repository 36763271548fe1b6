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
        TallyCounts counts = new TallyCounts();
        int first = index(period.first());
        int last = index(period.last());
        jdbc.query(
                """
                select applicant_type, row_code,
                       coalesce(sum(count) filter (where year * 4 + quarter < ?), 0) as before,
                       coalesce(sum(count) filter (where year * 4 + quarter >= ?), 0) as within
                from application_tally
                where agency_id = any(?) and year <= ?
                  and year * 4 + quarter <= ?
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
                last);
        return counts;
    }

    private static int index(Quarter quarter) {
        return quarter.year() * 4 + quarter.quarter();
    }
}
