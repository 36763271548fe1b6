package org.gongkai.query.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.gongkai.query.statistics.Quarter;
import org.gongkai.query.versions.QuarterlyDeadlines;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The agencies whose quarterly statistics of a quarter are not yet submitted, with the deadline each faces,
 * soonest first: every agency that was a reporting unit in the quarter (not closed before it began).
 */
@Component
class SubmissionWorklist {

    /** One submission due. {@code daysLeft} is in calendar days (negative when overdue). */
    record Entry(
            String agencyId, String name, int year, int quarter, LocalDate deadline, long daysLeft, boolean overdue) {}

    private final JdbcTemplate jdbc;
    private final QuarterlyDeadlines deadlines;
    private final Clock clock;

    SubmissionWorklist(JdbcTemplate jdbc, QuarterlyDeadlines deadlines, Clock clock) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    List<Entry> unsubmitted(int year, int quarter) {
        LocalDate today = LocalDate.now(clock);
        Quarter period = new Quarter(year, quarter);
        return jdbc
                .query(
                        """
                select a.agency_id, a.name, d.day_of_month
                from agency a
                left join quarterly_deadline d on d.agency_id = a.agency_id
                where (a.closed_on is null or a.closed_on >= ?)
                  and not exists (select 1 from statistics_submission s
                                  where s.agency_id = a.agency_id and s.year = ? and s.quarter = ?)
                """,
                        (rs, n) -> {
                            String agencyId = rs.getString(1);
                            int day = rs.getObject(3) == null ? deadlines.defaultDay() : rs.getInt(3);
                            LocalDate deadline = QuarterlyDeadlines.deadline(day, year, quarter);
                            long left = ChronoUnit.DAYS.between(today, deadline);
                            return new Entry(agencyId, rs.getString(2), year, quarter, deadline, left, left < 0);
                        },
                        period.start(),
                        year,
                        quarter)
                .stream()
                .sorted(Comparator.comparing(Entry::deadline)
                        .thenComparing(Entry::name)
                        .thenComparing(Entry::agencyId))
                .toList();
    }
}
