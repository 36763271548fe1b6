package org.gongkai.query.review;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.events.review.LawsuitConcluded;
import org.gongkai.events.review.LawsuitFiled;
import org.gongkai.events.review.LawsuitRoute;
import org.gongkai.events.review.ReconsiderationConcluded;
import org.gongkai.events.review.ReconsiderationFiled;
import org.gongkai.events.review.ReviewResult;
import org.gongkai.query.intake.EventEnvelope;
import org.gongkai.query.intake.Projection;
import org.gongkai.query.intake.ProjectionChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class ReviewProjection implements Projection {

    private final JdbcTemplate jdbc;

    private static final Logger log = LoggerFactory.getLogger(ReviewProjection.class);

    private final ReviewCaseRepository cases;

    ReviewProjection(ReviewCaseRepository cases, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    @Override
    public void apply(EventEnvelope event, ProjectionChanges changes) {
        if (event.payload() instanceof ReconsiderationFiled filed) {
            file(
                    filed.caseId(),
                    filed.agencyId(),
                    ReviewGroup.RECONSIDERATION,
                    filed.applicationId(),
                    filed.filedOn(),
                    changes);
        } else if (event.payload() instanceof LawsuitFiled filed) {
            ReviewGroup group = filed.route() == LawsuitRoute.AFTER_RECONSIDERATION
                    ? ReviewGroup.LITIGATION_AFTER_RECONSIDERATION
                    : ReviewGroup.LITIGATION_DIRECT;
            file(filed.caseId(), filed.agencyId(), group, filed.applicationId(), filed.filedOn(), changes);
        } else if (event.payload() instanceof ReconsiderationConcluded concluded) {
            conclude(concluded.caseId(), concluded.result(), concluded.concludedOn(), changes);
        } else if (event.payload() instanceof LawsuitConcluded concluded) {
            conclude(concluded.caseId(), concluded.result(), concluded.concludedOn(), changes);
        }
    }

    private void file(
            String caseId,
            String agencyId,
            ReviewGroup group,
            String applicationId,
            LocalDate filedOn,
            ProjectionChanges changes) {
        if (!cases.existsById(caseId)) {
            cases.save(new ReviewCaseEntity(caseId, agencyId, group, applicationId, filedOn));
        }
        changes.agencyChanged(agencyId);
    }

    private void conclude(String caseId, ReviewResult result, LocalDate on, ProjectionChanges changes) {
        cases.findById(caseId)
                .ifPresentOrElse(
                        c -> {
                            c.conclude(result.name(), on);
                            changes.agencyChanged(c.agencyId());
                        },
                        () -> log.warn("Conclusion of unknown case {} ignored", caseId));
    }

    @Override
    public List<String> tables() {
        return List.of("review_case");
    }
}
