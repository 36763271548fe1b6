package org.gongkai.query.versions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.gongkai.events.proactive.ProactiveEvent;
import org.gongkai.events.report.NarrativeDrafted;
import org.gongkai.events.report.ReportPublished;
import org.gongkai.events.review.LawsuitConcluded;
import org.gongkai.events.review.LawsuitFiled;
import org.gongkai.events.review.ReconsiderationConcluded;
import org.gongkai.events.review.ReconsiderationFiled;
import org.gongkai.query.intake.EventEnvelope;
import org.gongkai.query.intake.Projection;
import org.gongkai.query.intake.ProjectionChanges;
import org.gongkai.query.intake.WireFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the report stream (narrative versions, published versions) and the log of table 二 and 四 facts with
 * their recording time, which "as of" reads recount. Application facts are logged by the application projection.
 */
@Component
class ReportStreamProjection implements Projection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper = WireFormat.objectMapper();

    ReportStreamProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(EventEnvelope event, ProjectionChanges changes) {
        Record payload = event.payload();
        if (payload instanceof NarrativeDrafted narrative) {
            jdbc.update(
                    """
                    insert into report_narrative (agency_id, year, section, version, text, recorded_at)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing
                    """,
                    narrative.agencyId(),
                    narrative.year(),
                    narrative.section().name(),
                    narrative.version(),
                    narrative.text(),
                    timestamp(event.recordedAt()));
            changes.agencyChanged(narrative.agencyId());
        } else if (payload instanceof ReportPublished published) {
            jdbc.update(
                    """
                    insert into report_publication
                        (agency_id, year, version, reason, snapshot, published_on, recorded_at, published_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                    """,
                    published.agencyId(),
                    published.year(),
                    published.version(),
                    published.reason(),
                    published.snapshot(),
                    published.publishedOn(),
                    timestamp(event.recordedAt()),
                    event.recordedBy());
            changes.agencyChanged(published.agencyId());
        } else if (payload instanceof ProactiveEvent proactive) {
            log(event, proactive.agencyId());
        } else if (payload instanceof ReconsiderationFiled filed) {
            log(event, filed.agencyId());
        } else if (payload instanceof LawsuitFiled filed) {
            log(event, filed.agencyId());
        } else if (payload instanceof ReconsiderationConcluded || payload instanceof LawsuitConcluded) {
            // a conclusion does not name the agency; the case's filing does
            List<String> agency = jdbc.queryForList(
                    "select agency_id from report_fact where aggregate_id = ? order by fact_id limit 1",
                    String.class,
                    event.aggregateId());
            if (!agency.isEmpty()) {
                log(event, agency.get(0));
            }
        }
    }

    private void log(EventEnvelope event, String agencyId) {
        try {
            jdbc.update(
                    """
                    insert into report_fact (agency_id, aggregate_id, sequence_no, event_type, recorded_at, payload)
                    values (?, ?, ?, ?, ?, ?)
                    """,
                    agencyId,
                    event.aggregateId(),
                    event.sequence(),
                    event.type(),
                    timestamp(event.recordedAt()),
                    mapper.writeValueAsString(event.payload()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.type() + " as JSON", e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public List<String> tables() {
        // report_draft is not derived from events: the year-end job made it, a rebuild keeps it
        return List.of("report_narrative", "report_publication", "report_fact");
    }
}
