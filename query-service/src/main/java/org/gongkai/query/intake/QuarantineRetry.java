package org.gongkai.query.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * Reapplies quarantined records after the cause was fixed (ADR 0018). A retry takes every open row of the
 * aggregate, oldest record first, each in its own transaction, and stops at the first that fails again: the
 * later ones keep waiting, since an aggregate's events are applied in order or not at all. The watermark still
 * decides, so a record applied meanwhile under another offset is resolved as a duplicate, never applied twice.
 */
@Component
class QuarantineRetry {

    private static final Logger log = LoggerFactory.getLogger(QuarantineRetry.class);

    private final BatchApplier applier;
    private final QuarantineStore quarantine;
    private final WatermarkStore watermarks;
    private final List<Projection> projections;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher publisher;
    private final EventDecoder decoder = new EventDecoder();

    QuarantineRetry(
            BatchApplier applier,
            QuarantineStore quarantine,
            WatermarkStore watermarks,
            List<Projection> projections,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher publisher) {
        this.applier = applier;
        this.quarantine = quarantine;
        this.watermarks = watermarks;
        this.projections = projections;
        this.transaction = new TransactionTemplate(transactionManager);
        this.publisher = publisher;
    }

    /** Retries the row's aggregate; answers the rows tried, as they are now. */
    List<QuarantineEntry> retry(long id, String by) {
        QuarantineEntry entry = quarantine.find(id).orElseThrow(() -> problem(HttpStatus.NOT_FOUND, id));
        return applier.exclusively(() -> retryAggregate(entry, by));
    }

    /** Retries every aggregate with open rows. */
    List<QuarantineEntry> retryAll(String by) {
        return applier.exclusively(() -> {
            List<QuarantineEntry> tried = new ArrayList<>();
            for (long first : quarantine.firstOpenPerAggregate()) {
                quarantine.find(first).ifPresent(entry -> tried.addAll(retryAggregate(entry, by)));
            }
            return tried;
        });
    }

    private List<QuarantineEntry> retryAggregate(QuarantineEntry entry, String by) {
        if (entry.resolvedAt() != null) {
            return List.of(entry);
        }
        List<QuarantineEntry> tried = new ArrayList<>();
        for (long id : quarantine.openChain(entry)) {
            boolean resolved = retryOne(id, by);
            quarantine.find(id).ifPresent(tried::add);
            if (!resolved) {
                break;
            }
        }
        return tried;
    }

    private boolean retryOne(long id, String by) {
        ProjectionChanges changes = new ProjectionChanges();
        try {
            reapplyInTransaction(id, by, changes);
        } catch (RuntimeException e) {
            ProjectionFailure failure = ProjectionFailure.of(e);
            if (failure.kind() == ProjectionFailure.Kind.TRANSIENT) {
                ErrorResponseException unavailable = problem(HttpStatus.SERVICE_UNAVAILABLE, id);
                unavailable.getHeaders().set("Retry-After", "10");
                throw unavailable;
            }
            transaction.executeWithoutResult(status -> quarantine.failedAgain(id, failure));
            log.warn("Retry of quarantined #{} failed again: {} {}", id, failure.errorClass(), failure.message());
            return false;
        }
        if (!changes.agencyIds().isEmpty()) {
            publisher.publishEvent(new ProjectionCommitted(changes.agencyIds(), 1));
        }
        return true;
    }

    private void reapplyInTransaction(long id, String by, ProjectionChanges changes) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(
                        status -> quarantine.lockOpen(id).ifPresent(record -> {
                            reapply(id, record, changes, by);
                        }));
                return;
            } catch (RuntimeException e) {
                // a pooled connection broken by an earlier outage fails once; a fresh one from the pool may not
                if (attempt > 1 || ProjectionFailure.of(e).kind() != ProjectionFailure.Kind.TRANSIENT) {
                    throw e;
                }
            }
        }
    }

    private void reapply(long id, ConsumerRecord<String, byte[]> record, ProjectionChanges changes, String by) {
        Optional<EventEnvelope> decoded = decoder.decodeKnown(record);
        if (decoded.isEmpty()) {
            // a type this service no longer knows: nothing to apply, nothing left to wait for
            quarantine.resolve(id, "RETRIED", by);
            return;
        }
        EventEnvelope event = decoded.get();
        WatermarkStore.Key key = new WatermarkStore.Key(event.stream(), event.aggregateId());
        Map<WatermarkStore.Key, Long> marks = watermarks.load(List.of(key));
        long mark = marks.getOrDefault(key, -1L);
        if (event.sequence() >= 0 && event.sequence() <= mark) {
            quarantine.resolve(id, "DUPLICATE", by);
            return;
        }
        for (Projection projection : projections) {
            projection.prepare(List.of(event));
        }
        for (Projection projection : projections) {
            projection.apply(event, changes);
        }
        if (event.sequence() >= 0) {
            watermarks.save(Map.of(key, event.sequence()), marks.keySet());
        }
        quarantine.resolve(id, "RETRIED", by);
    }

    private static ErrorResponseException problem(HttpStatus status, long id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status,
                status == HttpStatus.NOT_FOUND
                        ? "未找到隔离记录：no quarantined event #" + id
                        : "查询库暂不可用，请稍后重试：the read database is unavailable; the event stays quarantined");
        problem.setTitle(status == HttpStatus.NOT_FOUND ? "Unknown quarantine entry" : "Read database unavailable");
        String rule = status == HttpStatus.NOT_FOUND ? "UnknownQuarantineEntry" : "ReadDatabaseUnavailable";
        problem.setType(org.gongkai.security.Problems.type(rule));
        problem.setProperty("rule", rule);
        problem.setProperty("quarantineId", id);
        return new ErrorResponseException(status, problem, null);
    }
}
