package org.gongkai.query.applicant;

import java.util.List;
import org.gongkai.events.application.ApplicationReceived;
import org.gongkai.query.intake.EventEnvelope;
import org.gongkai.query.intake.Projection;
import org.gongkai.query.intake.ProjectionChanges;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the applications that came with an applicant key, by pseudonym; an upsert, so redelivery is harmless. */
@Component
class ApplicantProjection implements Projection {

    private final JdbcTemplate jdbc;

    ApplicantProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(EventEnvelope event, ProjectionChanges changes) {
        if (event.payload() instanceof ApplicationReceived received && received.applicantPseudonym() != null) {
            jdbc.update(
                    """
                    insert into applicant_application (application_id, agency_id, applicant_pseudonym, received_on,
                        subject) values (?, ?, ?, ?, ?)
                    on conflict (application_id) do nothing
                    """,
                    received.applicationId(),
                    received.agencyId(),
                    received.applicantPseudonym(),
                    received.receivedOn(),
                    received.subject());
        }
    }

    @Override
    public List<String> tables() {
        return List.of("applicant_application");
    }
}
