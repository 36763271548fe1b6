package org.gongkai.query.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.events.application.ApplicationEvent;
import org.gongkai.query.intake.EventEnvelope;
import org.gongkai.query.intake.Projection;
import org.gongkai.query.intake.ProjectionChanges;
import org.gongkai.query.intake.WireFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Feeds the application read model, its fact list and the table 三 tally from the Application stream. */
@Component
class ApplicationProjection implements Projection {

    private final JdbcTemplate jdbc;

    private static final Logger log = LoggerFactory.getLogger(ApplicationProjection.class);

    private final ApplicationRepository applications;
    private final EntityManager entityManager;
    private final TallyWriter tally;
    private final ObjectMapper mapper = WireFormat.objectMapper();

    ApplicationProjection(ApplicationRepository applications, EntityManager entityManager, TallyWriter tally,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.entityManager = entityManager;
        this.tally = tally;
    }

    @Override
    public void apply(EventEnvelope event, ProjectionChanges changes) {
        if (!(event.payload() instanceof ApplicationEvent applicationEvent)) {
            return;
        }
        Set<String> absent = absentInBatch();
        ApplicationEntity entity = absent.contains(applicationEvent.applicationId()) ? null
                : applications.findById(applicationEvent.applicationId()).orElse(null);
        ApplicationFacts current = entity == null ? null : entity.facts();
        ApplicationCounting.Transition transition = ApplicationCounting.apply(current, applicationEvent);
        if (transition.next() == null) {
            log.warn("{} for unknown application {} ignored", event.type(), applicationEvent.applicationId());
            return;
        }
        if (entity == null) {
            entityManager.persist(new ApplicationEntity(transition.next(), event.recordedAt()));
            absent.remove(applicationEvent.applicationId());
        } else {
            entity.update(transition.next());
        }
        recordFact(event, applicationEvent);
        tally.add(transition.deltas());
        changes.agencyChanged(transition.next().agencyId());
    }

    /**
     * Loads the batch's applications into the persistence context in one query, so that {@code findById} in
     * {@link #apply} finds them there; the ids not found are remembered for the transaction, so a new
     * application costs no look-up at all.
     */
    @Override
    public void prepare(List<EventEnvelope> events) {
        Set<String> ids = new HashSet<>();
        for (EventEnvelope event : events) {
            if (event.payload() instanceof ApplicationEvent applicationEvent) {
                ids.add(applicationEvent.applicationId());
            }
        }
        if (ids.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Set<String> absent = new HashSet<>(ids);
        applications.findAllById(ids).forEach(found -> absent.remove(found.applicationId()));
        TransactionSynchronizationManager.unbindResourceIfPossible(this);
        TransactionSynchronizationManager.bindResource(this, absent);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ApplicationProjection.this);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private Set<String> absentInBatch() {
        Object bound = TransactionSynchronizationManager.getResource(this);
        return bound == null ? new HashSet<>() : (Set<String>) bound;
    }

    private void recordFact(EventEnvelope event, ApplicationEvent payload) {
        if (event.sequence() < 0) {
            return;
        }
        try {
            entityManager.persist(new ApplicationFactEntity(payload.applicationId(), event.sequence(), event.type(),
                    event.recordedAt(), event.recordedBy(), mapper.writeValueAsString(payload)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.type() + " as JSON", e);
        }
    }

    @Override
    public void reset() {
        jdbc.update("truncate table application, application_fact, application_tally");
    }
}
