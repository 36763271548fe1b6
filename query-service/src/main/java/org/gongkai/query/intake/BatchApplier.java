package org.gongkai.query.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one poll batch: new events to every projection, then the advanced watermarks and the next offsets, all
 * in one transaction. Either the whole batch and its offsets are stored or nothing is, so a crash or a failed
 * commit only means the batch is read again, and the watermarks make the second reading harmless.
 *
 * <p>When a batch fails for a reason that is not transient, it is applied again in halves, each in a transaction of
 * its own, down to the one record that fails alone: that record is quarantined with its error and the partition
 * goes on (ADR 0018). Every other record is still applied exactly once, since each committed piece stores its
 * offsets. A transient failure is thrown to the consumer, which rewinds to the stored offsets and retries.
 */
@Component
class BatchApplier {

    private static final Logger log = LoggerFactory.getLogger(BatchApplier.class);

    record Applied(ProjectionChanges changes, int events) {}

    /** One record as read: the event, or why it cannot be read, or neither (a type this service does not know). */
    private record Decoded(ConsumerRecord<String, byte[]> record, EventEnvelope event, UnreadableEvent unreadable) {}

    private static final int PARALLEL_FROM = 500;

    private final EventDecoder decoder = new EventDecoder();
    private final List<Projection> projections;
    private final WatermarkStore watermarks;
    private final OffsetStore offsets;
    private final QuarantineStore quarantine;
    private final ShadowTables shadow;
    private final JdbcTemplate jdbc;
    private final boolean durableCommits;
    private final TransactionTemplate transaction;
    private final Counter failed;
    private final Counter waiting;
    // The consumer thread and an administrator's retry must not interleave: a retry could resolve an aggregate's
    // rows while a batch parks one more event behind them, which would then wait for nothing.
    private final ReentrantLock lock = new ReentrantLock();

    BatchApplier(
            List<Projection> projections,
            WatermarkStore watermarks,
            OffsetStore offsets,
            QuarantineStore quarantine,
            ShadowTables shadow,
            JdbcTemplate jdbc,
            @Value("${gongkai.query.consumer.durable-commits:false}") boolean durableCommits,
            PlatformTransactionManager transactionManager,
            MeterRegistry meters) {
        this.projections = projections;
        this.watermarks = watermarks;
        this.offsets = offsets;
        this.quarantine = quarantine;
        this.shadow = shadow;
        this.jdbc = jdbc;
        this.durableCommits = durableCommits;
        this.transaction = new TransactionTemplate(transactionManager);
        this.failed = quarantinedCounter(meters, "failed");
        this.waiting = quarantinedCounter(meters, "waiting");
    }

    Applied apply(List<ConsumerRecord<String, byte[]>> records) {
        // JSON decoding is a third of the consumer thread's CPU in a replay: spread it over the cores, outside
        // the transaction (the decoder is stateless; order is kept by the list)
        List<Decoded> decoded = (records.size() < PARALLEL_FROM ? records.stream() : records.parallelStream())
                .map(this::decode)
                .toList();
        return exclusively(() -> applyPiece(decoded));
    }

    <T> T exclusively(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private Applied applyPiece(List<Decoded> piece) {
        try {
            return commit(piece);
        } catch (RuntimeException e) {
            ProjectionFailure failure = ProjectionFailure.of(e);
            if (failure.kind() == ProjectionFailure.Kind.TRANSIENT) {
                throw e;
            }
            if (piece.size() > 1) {
                log.warn(
                        "A batch of {} failed ({} {} {}); applying it in halves",
                        piece.size(),
                        failure.errorClass(),
                        failure.sqlState(),
                        failure.message());
                int half = piece.size() / 2;
                Applied first = applyPiece(piece.subList(0, half));
                Applied second = applyPiece(piece.subList(half, piece.size()));
                first.changes().agencyIds().forEach(second.changes()::agencyChanged);
                return new Applied(second.changes(), first.events() + second.events());
            }
            if (failure.kind() == ProjectionFailure.Kind.UNEXPLAINED) {
                // Not known to be about the data: one more attempt of the event alone before it is set aside.
                try {
                    return commit(piece);
                } catch (RuntimeException again) {
                    failure = ProjectionFailure.of(again);
                    if (failure.kind() == ProjectionFailure.Kind.TRANSIENT) {
                        throw again;
                    }
                }
            }
            return quarantine(piece.get(0), failure);
        }
    }

    private Applied commit(List<Decoded> piece) {
        Map<QuarantineStore.Quarantined, Counter> opened = new HashMap<>();
        Applied applied = transaction.execute(status -> applyInTransaction(piece, opened));
        opened.forEach((row, counter) -> {
            if (row.opened()) {
                counter.increment();
            }
        });
        return applied;
    }

    private Applied quarantine(Decoded decoded, ProjectionFailure failure) {
        ConsumerRecord<String, byte[]> record = decoded.record();
        QuarantineStore.Quarantined row = transaction.execute(status -> {
            shadow.routeThisTransaction();
            QuarantineStore.Quarantined quarantined = quarantine.quarantine(record, decoded.event(), failure, null);
            offsets.save(Map.of(new TopicPartition(record.topic(), record.partition()), record.offset() + 1));
            return quarantined;
        });
        if (row.opened()) {
            failed.increment();
        }
        log.error(
                "Quarantined {} at {}-{}@{} as #{}: {} {} {}",
                decoded.event() == null
                        ? "an unreadable record"
                        : decoded.event().type(),
                record.topic(),
                record.partition(),
                record.offset(),
                row.id(),
                failure.errorClass(),
                failure.sqlState() == null ? "" : failure.sqlState(),
                failure.message());
        return new Applied(new ProjectionChanges(), 0);
    }

    private Applied applyInTransaction(List<Decoded> piece, Map<QuarantineStore.Quarantined, Counter> opened) {
        shadow.routeThisTransaction();
        relaxDurability();
        List<WatermarkStore.Key> keys = piece.stream()
                .map(Decoded::event)
                .flatMap(event -> Optional.ofNullable(event).stream())
                .map(BatchApplier::key)
                .distinct()
                .toList();
        Map<WatermarkStore.Key, Long> marks = watermarks.load(keys);
        Set<WatermarkStore.Key> stored = Set.copyOf(marks.keySet());
        Map<WatermarkStore.Key, List<QuarantineStore.Open>> open = quarantine.openFor(keys);
        Map<WatermarkStore.Key, Long> advanced = new HashMap<>();
        Map<TopicPartition, Long> next = new HashMap<>();
        Map<TopicPartition, Long> indexes = new HashMap<>();
        ProjectionChanges changes = new ProjectionChanges(shadow.active());
        List<EventEnvelope> fresh = new ArrayList<>(piece.size());
        List<Long> replayed = new ArrayList<>();
        for (Decoded decoded : piece) {
            ConsumerRecord<String, byte[]> record = decoded.record();
            next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            GlobalIndexHeader.of(record)
                    .ifPresent(index ->
                            indexes.merge(new TopicPartition(record.topic(), record.partition()), index, Math::max));
            if (decoded.unreadable() != null) {
                opened.put(
                        quarantine.quarantine(record, null, ProjectionFailure.of(decoded.unreadable()), null), failed);
                continue;
            }
            if (decoded.event() == null) {
                continue;
            }
            EventEnvelope event = decoded.event();
            WatermarkStore.Key key = key(event);
            long mark = marks.getOrDefault(key, -1L);
            if (event.sequence() >= 0 && event.sequence() <= mark) {
                log.debug("Skipping redelivered {} #{} of {}", event.type(), event.sequence(), event.aggregateId());
                continue;
            }
            List<QuarantineStore.Open> rows = open.getOrDefault(key, List.of());
            Optional<QuarantineStore.Open> blocker = rows.stream()
                    .filter(row -> !row.holds(record) && row.before(record))
                    .findFirst();
            if (blocker.isPresent()) {
                // Events of one aggregate are applied in their order or not at all: this one waits for the fix.
                long waitsFor = blocker.get().id();
                opened.put(
                        quarantine.quarantine(record, event, ProjectionFailure.waitingFor(waitsFor), waitsFor),
                        waiting);
                continue;
            }
            rows.stream().filter(row -> row.holds(record)).forEach(row -> replayed.add(row.id()));
            if (event.sequence() < 0) {
                log.warn(
                        "{} of {} has no aggregate sequence; applied without duplicate protection",
                        event.type(),
                        event.aggregateId());
            } else {
                marks.put(key, event.sequence());
                advanced.put(key, event.sequence());
            }
            fresh.add(event);
        }
        // one look-up per projection and batch instead of one per event: replay speed depends on it
        for (Projection projection : projections) {
            projection.prepare(fresh);
        }
        for (EventEnvelope event : fresh) {
            for (Projection projection : projections) {
                projection.apply(event, changes);
            }
        }
        // a rebuild or a re-reading applied a record that had been quarantined: the cause is gone
        replayed.forEach(id -> quarantine.resolve(id, "REPLAYED", null));
        watermarks.save(advanced, stored);
        offsets.save(next, indexes);
        return new Applied(changes, fresh.size());
    }

    /**
     * The batch's commit need not wait for its WAL flush (ADR 0054): the batch stores its offsets with its rows, so a
     * crash that loses the last commits loses both together, and the consumer reads those records from Kafka again;
     * the watermarks, lost with them, do not skip anything.
     */
    private void relaxDurability() {
        if (!durableCommits) {
            jdbc.execute("set local synchronous_commit = off");
        }
    }

    private Decoded decode(ConsumerRecord<String, byte[]> record) {
        try {
            return new Decoded(record, decoder.decodeKnown(record).orElse(null), null);
        } catch (UnreadableEvent e) {
            return new Decoded(record, null, e);
        }
    }

    private static WatermarkStore.Key key(EventEnvelope event) {
        return new WatermarkStore.Key(event.stream(), event.aggregateId());
    }

    private static Counter quarantinedCounter(MeterRegistry meters, String kind) {
        return Counter.builder("gongkai.projection.quarantined")
                .description("Events set aside because their projection failed for a reason retrying cannot fix"
                        + " (failed), or because an earlier event of their aggregate was (waiting)")
                .tag("kind", kind)
                .register(meters);
    }
}
