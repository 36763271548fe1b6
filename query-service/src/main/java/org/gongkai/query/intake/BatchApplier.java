package org.gongkai.query.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one poll batch: new events to every projection, then the advanced watermarks and the next offsets, all
 * in one transaction. Either the whole batch and its offsets are stored or nothing is, so a crash or a failed
 * commit only means the batch is read again, and the watermarks make the second reading harmless.
 */
@Component
class BatchApplier {

    private static final Logger log = LoggerFactory.getLogger(BatchApplier.class);

    record Applied(ProjectionChanges changes, int events) {}

    private static final int PARALLEL_FROM = 500;

    private final EventDecoder decoder = new EventDecoder();
    private final List<Projection> projections;
    private final WatermarkStore watermarks;
    private final OffsetStore offsets;
    private final TransactionTemplate transaction;

    BatchApplier(
            List<Projection> projections,
            WatermarkStore watermarks,
            OffsetStore offsets,
            PlatformTransactionManager transactionManager) {
        this.projections = projections;
        this.watermarks = watermarks;
        this.offsets = offsets;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    Applied apply(List<ConsumerRecord<String, byte[]>> records) {
        // JSON decoding is a third of the consumer thread's CPU in a replay: spread it over the cores, outside
        // the transaction (the decoder is stateless; order is kept by the list)
        List<Optional<EventEnvelope>> envelopes = (records.size() < PARALLEL_FROM
                        ? records.stream()
                        : records.parallelStream())
                .map(decoder::decode)
                .toList();
        Map<ConsumerRecord<String, byte[]>, Optional<EventEnvelope>> decoded = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            decoded.put(records.get(i), envelopes.get(i));
        }
        return transaction.execute(status -> applyInTransaction(decoded));
    }

    private Applied applyInTransaction(Map<ConsumerRecord<String, byte[]>, Optional<EventEnvelope>> decoded) {
        List<WatermarkStore.Key> keys = decoded.values().stream()
                .flatMap(Optional::stream)
                .map(BatchApplier::key)
                .distinct()
                .toList();
        Map<WatermarkStore.Key, Long> marks = watermarks.load(keys);
        Map<WatermarkStore.Key, Long> advanced = new HashMap<>();
        Map<TopicPartition, Long> next = new HashMap<>();
        Map<TopicPartition, Long> indexes = new HashMap<>();
        ProjectionChanges changes = new ProjectionChanges();
        List<EventEnvelope> fresh = new ArrayList<>(decoded.size());
        for (var entry : decoded.entrySet()) {
            ConsumerRecord<String, byte[]> record = entry.getKey();
            next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            GlobalIndexHeader.of(record)
                    .ifPresent(index ->
                            indexes.merge(new TopicPartition(record.topic(), record.partition()), index, Math::max));
            if (entry.getValue().isEmpty()) {
                continue;
            }
            EventEnvelope event = entry.getValue().get();
            WatermarkStore.Key key = key(event);
            long mark = marks.getOrDefault(key, -1L);
            if (event.sequence() >= 0 && event.sequence() <= mark) {
                log.debug("Skipping redelivered {} #{} of {}", event.type(), event.sequence(), event.aggregateId());
                continue;
            }
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
        int applied = fresh.size();
        watermarks.save(advanced);
        offsets.save(next, indexes);
        return new Applied(changes, applied);
    }

    private static WatermarkStore.Key key(EventEnvelope event) {
        return new WatermarkStore.Key(event.stream(), event.aggregateId());
    }
}
