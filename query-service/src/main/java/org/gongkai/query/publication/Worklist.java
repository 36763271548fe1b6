package org.gongkai.query.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.gongkai.events.agency.AgencyLevel;
import org.gongkai.query.report.NarrativeSubstance;
import org.gongkai.query.versions.ReportDeadlines;
import org.gongkai.query.versions.ReportStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The agencies whose report of a year is not yet published, with the deadline each faces, soonest first: every
 * agency that was a reporting unit in the year (not closed before it began), whether or not its draft exists yet.
 */
@Component
class Worklist {

    /** One report to publish. {@code daysLeft} is in calendar days (negative when overdue). */
    record Entry(
            String agencyId,
            String name,
            AgencyLevel level,
            LocalDate deadline,
            long daysLeft,
            boolean overdue,
            boolean draft,
            List<String> sectionsToWrite) {}

    private final JdbcTemplate jdbc;
    private final ReportDeadlines deadlines;
    private final Clock clock;

    private final ReportStream stream;

    Worklist(JdbcTemplate jdbc, ReportDeadlines deadlines, Clock clock, ReportStream stream) {
        this.stream = stream;
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    List<Entry> unpublished(int year) {
        LocalDate today = LocalDate.now(clock);
        return jdbc
                .query(
                        """
                select a.agency_id, a.name, a.level, d.agency_id is not null as draft
                from agency a
                left join report_draft d on d.agency_id = a.agency_id and d.year = ?
                where (a.closed_on is null or a.closed_on >= ?)
                  and not exists (select 1 from report_publication p where p.agency_id = a.agency_id and p.year = ?)
                """,
                        (rs, n) -> {
                            AgencyLevel level = rs.getString(3) == null ? null : AgencyLevel.valueOf(rs.getString(3));
                            LocalDate deadline = deadlines.deadline(level, year);
                            long left = ChronoUnit.DAYS.between(today, deadline);
                            return new Entry(
                                    rs.getString(1),
                                    rs.getString(2),
                                    level,
                                    deadline,
                                    left,
                                    left < 0,
                                    rs.getBoolean(4),
                                    // what assessors will mark down: sections missing or near-empty
                                    NarrativeSubstance.gaps(stream.narrative(rs.getString(1), year, null)).stream()
                                            .map(NarrativeSubstance.Gap::describe)
                                            .toList());
                        },
                        year,
                        LocalDate.of(year, 1, 1),
                        year)
                .stream()
                .sorted(Comparator.comparing(Entry::deadline)
                        .thenComparing(Entry::name)
                        .thenComparing(Entry::agencyId))
                .toList();
    }
}
