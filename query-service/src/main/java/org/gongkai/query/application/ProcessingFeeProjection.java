package org.gongkai.query.application;

import java.util.List;
import org.gongkai.events.application.ProcessingFeeNoticeIssued;
import org.gongkai.events.application.ProcessingFeePaid;
import org.gongkai.query.intake.EventEnvelope;
import org.gongkai.query.intake.Projection;
import org.gongkai.query.intake.ProjectionChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the information-processing fee of each application for section 六. The fee events carry no agency, so
 * the agency comes from the application projection, which also knows the applications received earlier in the
 * same, not yet written, batch.
 */
@Component
class ProcessingFeeProjection implements Projection {

    private static final Logger log = LoggerFactory.getLogger(ProcessingFeeProjection.class);

    private final ApplicationProjection applications;
    private final JdbcTemplate jdbc;

    ProcessingFeeProjection(ApplicationProjection applications, JdbcTemplate jdbc) {
        this.applications = applications;
        this.jdbc = jdbc;
    }

    @Override
    public void apply(EventEnvelope event, ProjectionChanges changes) {
        if (event.payload() instanceof ProcessingFeeNoticeIssued notice) {
            noticed(notice, changes);
        } else if (event.payload() instanceof ProcessingFeePaid paid) {
            paid(paid, changes);
        }
    }

    private void noticed(ProcessingFeeNoticeIssued notice, ProjectionChanges changes) {
        String agencyId = applications.agencyOf(notice.applicationId());
        if (agencyId == null) {
            log.warn("Fee notice for unknown application {} ignored", notice.applicationId());
            return;
        }
        // A second notice for the same application replaces the first: the applicant pays the latest amount.
        jdbc.update("""
                insert into processing_fee (application_id, agency_id, noticed_on, amount_yuan) values (?, ?, ?, ?)
                on conflict (application_id) do update
                set noticed_on = excluded.noticed_on, amount_yuan = excluded.amount_yuan
                """, notice.applicationId(), agencyId, notice.issuedOn(), notice.amountYuan());
        changes.agencyChanged(agencyId);
    }

    private void paid(ProcessingFeePaid paid, ProjectionChanges changes) {
        int updated = jdbc.update(
                "update processing_fee set paid_on = ? where application_id = ?", paid.paidOn(), paid.applicationId());
        if (updated == 0) {
            log.warn("Fee payment without a notice for application {} ignored", paid.applicationId());
            return;
        }
        changes.agencyChanged(jdbc.queryForObject(
                "select agency_id from processing_fee where application_id = ?", String.class, paid.applicationId()));
    }

    @Override
    public List<String> tables() {
        return List.of("processing_fee");
    }
}
