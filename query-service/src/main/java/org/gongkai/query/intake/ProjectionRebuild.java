package org.gongkai.query.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.gongkai.security.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * Rebuilds every projection from the beginning of the topic (retention is forever): stops the consumer, empties
 * the read models, their watermarks and offsets in one transaction, and starts it again. Until the consumer has
 * reached the end offsets taken when the rebuild began, reads answer 503 "rebuild running" rather than half
 * numbers. The rebuild state is kept in memory: after a crash during a rebuild the replay simply continues.
 */
@Component
public class ProjectionRebuild {

    /** Where a rebuild stands: offsets consumed of the offsets to reach. */
    public record Progress(
            String state,
            Instant startedAt,
            Instant finishedAt,
            long consumedOffsets,
            long targetOffsets,
            int percent) {}

    private final ObjectProvider<ProjectionConsumer> consumer;
    private final ObjectProvider<EndOffsets> endOffsets;
    private final List<Projection> projections;
    private final OffsetStore offsets;
    private final TransactionTemplate transaction;
    private final String topic;

    private Map<TopicPartition, Long> target;
    private Instant startedAt;
    private Instant finishedAt;

    ProjectionRebuild(
            ObjectProvider<ProjectionConsumer> consumer,
            ObjectProvider<EndOffsets> endOffsets,
            List<Projection> projections,
            OffsetStore offsets,
            PlatformTransactionManager transactionManager,
            @Value("${gongkai.kafka.topic:gongkai.events}") String topic) {
        this.consumer = consumer;
        this.endOffsets = endOffsets;
        this.projections = projections;
        this.offsets = offsets;
        this.transaction = new TransactionTemplate(transactionManager);
        this.topic = topic;
    }

    public synchronized Progress start() {
        ProjectionConsumer loop = consumer.getIfAvailable();
        EndOffsets ends = endOffsets.getIfAvailable();
        if (loop == null || ends == null) {
            throw problem(HttpStatus.CONFLICT, "The projection consumer is disabled in this instance.");
        }
        if (running()) {
            throw problem(HttpStatus.CONFLICT, "A rebuild is already running.");
        }
        Map<TopicPartition, Long> ends0 = ends.now();
        loop.stop();
        try {
            transaction.executeWithoutResult(status -> {
                projections.forEach(Projection::reset);
                offsets.forgetPositions();
            });
            target = ends0;
            startedAt = Instant.now();
            finishedAt = null;
        } finally {
            loop.start();
        }
        return progress();
    }

    public synchronized Progress progress() {
        if (target == null) {
            return new Progress("IDLE", null, null, 0, 0, 100);
        }
        Map<TopicPartition, Long> stored = offsets.loadAll(topic);
        long consumed = 0;
        long total = 0;
        for (Map.Entry<TopicPartition, Long> end : target.entrySet()) {
            total += end.getValue();
            consumed += Math.min(end.getValue(), stored.getOrDefault(end.getKey(), 0L));
        }
        if (finishedAt == null && consumed >= total) {
            finishedAt = Instant.now();
        }
        int percent = total == 0 ? 100 : (int) (consumed * 100 / total);
        return new Progress(
                finishedAt == null ? "RUNNING" : "COMPLETED", startedAt, finishedAt, consumed, total, percent);
    }

    /** Reads call this first: during a rebuild they must not answer with half numbers. */
    public void requireComplete() {
        if (running()) {
            Progress progress = progress();
            if ("RUNNING".equals(progress.state())) {
                ErrorResponseException unavailable = problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "A projection rebuild is running (" + progress.percent() + "%); the numbers are back when it"
                                + " completes.");
                unavailable.getHeaders().set("Retry-After", "5");
                throw unavailable;
            }
        }
    }

    private synchronized boolean running() {
        return target != null && finishedAt == null;
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status == HttpStatus.CONFLICT ? "Rebuild not possible" : "Rebuild running");
        problem.setType(Problems.type("ProjectionRebuild"));
        return new ErrorResponseException(status, problem, null);
    }
}
