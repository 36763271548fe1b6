package org.gongkai.query.intake;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers whether the read models already show a write's position (ADR 0023). Everything it reads is shared by
 * all query-service instances (the database) or the broker, so any instance can answer for a write applied by
 * another.
 *
 * <p>A position is covered when (1) its own event is applied: the aggregate's watermark has reached its sequence;
 * and (2) on every partition, either a record with a global index at or above the position's was consumed, or the
 * consumer has reached the partition's end as the broker reports it after (1) held. Every event stored before the
 * position's event was published before it or before any later one, so (2) puts it behind the consumer too.
 */
@Component
public class AppliedPositions {

    private static final Logger log = LoggerFactory.getLogger(AppliedPositions.class);

    private record Consumed(long nextOffset, long appliedIndex) {}

    private final JdbcTemplate jdbc;
    private final PartitionEnds ends;
    private final String topic;

    AppliedPositions(
            JdbcTemplate jdbc, PartitionEnds ends, @Value("${gongkai.kafka.topic:gongkai.events}") String topic) {
        this.jdbc = jdbc;
        this.ends = ends;
        this.topic = topic;
    }

    public boolean covers(long globalIndex, String aggregateId, long sequence) {
        return ownEventApplied(aggregateId, sequence) && everyPartitionPast(globalIndex);
    }

    private boolean ownEventApplied(String aggregateId, long sequence) {
        // one aggregate's events share one partition and arrive in order, whichever stream a watermark row names
        Long mark = jdbc.queryForObject(
                "select max(last_sequence) from aggregate_watermark where aggregate_id = ?", Long.class, aggregateId);
        return mark != null && mark >= sequence;
    }

    private boolean everyPartitionPast(long globalIndex) {
        Map<Integer, Consumed> consumed = new HashMap<>();
        jdbc.query(
                "select partition_no, next_offset, coalesce(applied_index, -1) from consumer_offset where topic = ?",
                rs -> {
                    consumed.put(rs.getInt(1), new Consumed(rs.getLong(2), rs.getLong(3)));
                },
                topic);
        Map<TopicPartition, Long> endOffsets;
        try {
            endOffsets = ends.now();
        } catch (RuntimeException e) {
            log.debug("Partition ends unavailable, the position is not confirmed yet: {}", e.toString());
            return false;
        }
        for (var end : endOffsets.entrySet()) {
            Consumed partition = consumed.getOrDefault(end.getKey().partition(), new Consumed(0, -1));
            if (partition.appliedIndex() < globalIndex && partition.nextOffset() < end.getValue()) {
                return false;
            }
        }
        return !endOffsets.isEmpty();
    }
}
