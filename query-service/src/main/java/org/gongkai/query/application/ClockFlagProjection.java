package org.gongkai.query.application;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.events.application.AnswerDeferred;
import org.gongkai.events.application.SupplementRequested;
import org.gongkai.events.calendar.StatutoryClock;
import org.gongkai.query.intake.EventEnvelope;
import org.gongkai.query.intake.Projection;
import org.gongkai.query.intake.ProjectionChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the clock rulings supervision counts (ADR 0030): supplements requested after the last day of 条例 Art. 30,
 * judged on the calendar loaded when the fact is projected (a rebuild judges again), and 延迟答复 under Art. 35.
 * The agency and the receipt date come from the application projection, which also knows the applications received
 * earlier in the same, not yet written, batch.
 */
@Component
class ClockFlagProjection implements Projection {

    /** The flags, as stored and as the supervision reader selects them. */
    static final String SUPPLEMENT_REQUEST_LATE = "SUPPLEMENT_REQUEST_LATE";

    static final String ANSWER_DEFERRED = "ANSWER_DEFERRED";

    private static final Logger log = LoggerFactory.getLogger(ClockFlagProjection.class);

    private final ApplicationProjection applications;
    private final StatutoryClock clock;
    private final JdbcTemplate jdbc;

    ClockFlagProjection(ApplicationProjection applications, StatutoryClock clock, JdbcTemplate jdbc) {
        this.applications = applications;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Override
    public void apply(EventEnvelope event, ProjectionChanges changes) {
        if (event.payload() instanceof SupplementRequested requested) {
            ApplicationFacts facts = applications.factsOf(requested.applicationId());
            if (facts != null && requested.requestedOn().isAfter(clock.lastSupplementRequestDay(facts.receivedOn()))) {
                flag(requested.applicationId(), SUPPLEMENT_REQUEST_LATE, requested.requestedOn(), changes);
            }
        } else if (event.payload() instanceof AnswerDeferred deferred) {
            flag(deferred.applicationId(), ANSWER_DEFERRED, deferred.deferredOn(), changes);
        }
    }

    private void flag(String applicationId, String flag, LocalDate on, ProjectionChanges changes) {
        String agencyId = applications.agencyOf(applicationId);
        if (agencyId == null) {
            log.warn("{} for unknown application {} ignored", flag, applicationId);
            return;
        }
        jdbc.update("""
                insert into application_clock_flag (application_id, agency_id, flag, flagged_on) values (?, ?, ?, ?)
                on conflict (application_id, flag) do update
                set agency_id = excluded.agency_id, flagged_on = excluded.flagged_on
                """, applicationId, agencyId, flag, on);
        changes.agencyChanged(agencyId);
    }

    @Override
    public List<String> tables() {
        return List.of("application_clock_flag");
    }
}
