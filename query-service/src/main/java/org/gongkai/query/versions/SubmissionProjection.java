package org.gongkai.query.versions;

import java.sql.Timestamp;
import java.util.List;
import org.gongkai.events.agency.QuarterlyDeadlineSet;
import org.gongkai.events.report.QuarterlyStatisticsSubmitted;
import org.gongkai.query.intake.EventEnvelope;
import org.gongkai.query.intake.Projection;
import org.gongkai.query.intake.ProjectionChanges;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the submitted quarterly statistics and each agency's quarterly deadline day. */
@Component
class SubmissionProjection implements Projection {

    private final JdbcTemplate jdbc;

    SubmissionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(EventEnvelope event, ProjectionChanges changes) {
        if (event.payload() instanceof QuarterlyStatisticsSubmitted submitted) {
            jdbc.update(
                    """
                    insert into statistics_submission
                        (agency_id, year, quarter, version, reason, snapshot, submitted_on, recorded_at, submitted_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                    """,
                    submitted.agencyId(),
                    submitted.year(),
                    submitted.quarter(),
                    submitted.version(),
                    submitted.reason(),
                    submitted.snapshot(),
                    submitted.submittedOn(),
                    event.recordedAt() == null ? null : Timestamp.from(event.recordedAt()),
                    event.recordedBy());
            changes.agencyChanged(submitted.agencyId());
        } else if (event.payload() instanceof QuarterlyDeadlineSet deadline) {
            jdbc.update("""
                    insert into quarterly_deadline (agency_id, day_of_month) values (?, ?)
                    on conflict (agency_id) do update set day_of_month = excluded.day_of_month
                    """, deadline.agencyId(), deadline.dayOfMonth());
            changes.agencyChanged(deadline.agencyId());
        }
    }

    @Override
    public List<String> tables() {
        return List.of("statistics_submission", "quarterly_deadline");
    }
}
