package org.gongkai.query.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.TopicPartition;
import org.gongkai.security.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Rebuilds every projection from the beginning of the topic (retention is forever) without taking the numbers
 * away (ADR 0053): the consumer is stopped, empty copies of the projections' tables, their watermarks and offsets
 * are made, and the consumer starts again from offset zero into the copies while every read keeps being answered
 * from the live tables, as they were when the rebuild began. When the copies have reached the end offsets taken at
 * the start, the consumer swaps them in between two batches and goes on with the live events from there. The
 * rebuild state is kept in memory: after a crash during a rebuild the copies are dropped and the live tables, never
 * touched, carry on; the rebuild is started again by hand.
 */
@Component
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

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
    private final ShadowTables shadow;
    private final OffsetStore offsets;
    private final String topic;

    private Map<TopicPartition, Long> target;
    // read by the consumer thread without the monitor: start() holds it while it waits for that thread to stop
    private volatile boolean rebuilding;
    private Instant startedAt;
    private Instant finishedAt;
    private long consumedWhenFinished;

    ProjectionRebuild(
            ObjectProvider<ProjectionConsumer> consumer,
            ObjectProvider<EndOffsets> endOffsets,
            List<Projection> projections,
            ShadowTables shadow,
            OffsetStore offsets,
            @Value("${gongkai.kafka.topic:gongkai.events}") String topic) {
        this.consumer = consumer;
        this.endOffsets = endOffsets;
        this.projections = projections;
        this.shadow = shadow;
        this.offsets = offsets;
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
            // a new application writes three keyed rows (its row, its worklist entry, its watermark) in two events
            shadow.create(
                    tables(),
                    3 * ends0.values().stream().mapToLong(Long::longValue).sum() / 2);
            target = ends0;
            startedAt = Instant.now();
            finishedAt = null;
            rebuilding = true;
        } finally {
            loop.start();
        }
        return progress();
    }

    public synchronized Progress progress() {
        if (target == null) {
            return new Progress("IDLE", null, null, 0, 0, 100);
        }
        long total = target.values().stream().mapToLong(Long::longValue).sum();
        long consumed = finishedAt == null ? consumedSoFar(total) : consumedWhenFinished;
        int percent = total == 0 ? 100 : (int) (consumed * 100 / total);
        return new Progress(
                finishedAt == null ? "RUNNING" : "COMPLETED", startedAt, finishedAt, consumed, total, percent);
    }

    /**
     * The consumer calls this between batches, on its own thread: once the copies hold everything up to the target
     * offsets, they become the live tables. A swap that could not take its locks is tried again on the next turn.
     */
    boolean completeIfCaughtUp() {
        if (!running()) {
            return false;
        }
        long consumed = consumed(offsets.loadAllOfRebuild(topic));
        long total;
        synchronized (this) {
            total = target.values().stream().mapToLong(Long::longValue).sum();
        }
        if (consumed < total) {
            return false;
        }
        AtomicBoolean announced = new AtomicBoolean();
        try {
            shadow.inCopies(() -> projections.forEach(Projection::caughtUp));
            shadow.swapIn(tables(), () -> {
                announced.set(true);
                projections.forEach(Projection::replacing);
            });
        } catch (RuntimeException notNow) {
            if (announced.get()) {
                projections.forEach(projection -> projection.replaced(false));
            }
            log.warn("The rebuilt tables could not be swapped in yet, trying again: {}", notNow.toString());
            return false;
        }
        projections.forEach(projection -> projection.replaced(true));
        synchronized (this) {
            consumedWhenFinished = consumed;
            finishedAt = Instant.now();
            rebuilding = false;
        }
        log.info("Rebuild completed: {} offsets replayed since {}", consumed, startedAt);
        return true;
    }

    /** Called when the consumer starts: a rebuild this process did not start cannot be completed by it. */
    void discardUnfinished() {
        if (!running()) {
            shadow.discard();
        }
    }

    /** Whether batches go to a rebuild's copies right now (read by the consumer on its thread). */
    boolean running() {
        return rebuilding;
    }

    private long consumedSoFar(long total) {
        try {
            return consumed(offsets.loadAllOfRebuild(topic));
        } catch (BadSqlGrammarException swappedJustNow) {
            // the consumer swaps only once everything is consumed, and drops the copies' schema as it does
            return total;
        }
    }

    private long consumed(Map<TopicPartition, Long> stored) {
        long consumed = 0;
        synchronized (this) {
            for (Map.Entry<TopicPartition, Long> end : target.entrySet()) {
                consumed += Math.min(end.getValue(), stored.getOrDefault(end.getKey(), 0L));
            }
        }
        return consumed;
    }

    private List<String> tables() {
        List<String> tables = new ArrayList<>();
        projections.forEach(projection -> tables.addAll(projection.tables()));
        // the positions and watermarks of the copies move with them: consistent by construction
        tables.add("consumer_offset");
        tables.add("aggregate_watermark");
        return tables;
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("Rebuild not possible");
        problem.setType(Problems.type("ProjectionRebuild"));
        return new ErrorResponseException(status, problem, null);
    }
}
