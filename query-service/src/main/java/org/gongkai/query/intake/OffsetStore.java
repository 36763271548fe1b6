package org.gongkai.query.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Consumed offsets kept in PostgreSQL with the read models, so that both move in one transaction. */
@Component
class OffsetStore {

    private final JdbcTemplate jdbc;
    private final ShadowTables shadow;

    OffsetStore(JdbcTemplate jdbc, ShadowTables shadow) {
        this.jdbc = jdbc;
        this.shadow = shadow;
    }

    /**
     * The next offset to read per partition, of the rebuild's copies while one runs; partitions never committed
     * are absent (read them from the start).
     */
    Map<TopicPartition, Long> load(Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        String table = shadow.active() ? ShadowTables.SCHEMA + ".consumer_offset" : "consumer_offset";
        for (TopicPartition partition : partitions) {
            jdbc.query(
                    "select next_offset from " + table + " where topic = ? and partition_no = ?",
                    rs -> {
                        offsets.put(partition, rs.getLong(1));
                    },
                    partition.topic(),
                    partition.partition());
        }
        return offsets;
    }

    void save(Map<TopicPartition, Long> nextOffsets) {
        save(nextOffsets, Map.of());
    }

    /**
     * Saves the next offsets and, where the batch's records carried it, the highest global index consumed per
     * partition (ADR 0023). The index only rises: a redelivered older record never lowers it.
     */
    void save(Map<TopicPartition, Long> nextOffsets, Map<TopicPartition, Long> appliedIndexes) {
        List<Object[]> rows = new ArrayList<>();
        nextOffsets.forEach((partition, next) ->
                rows.add(new Object[] {partition.topic(), partition.partition(), next, appliedIndexes.get(partition)}));
        jdbc.batchUpdate("""
                insert into consumer_offset (topic, partition_no, next_offset, applied_index) values (?, ?, ?, ?)
                on conflict (topic, partition_no) do update set next_offset = excluded.next_offset,
                  applied_index = greatest(consumer_offset.applied_index, excluded.applied_index)
                """, rows);
    }

    Map<TopicPartition, Long> loadAll(String topic) {
        return loadAll("consumer_offset", topic);
    }

    /** The positions a running rebuild's copies have reached (ADR 0053). */
    Map<TopicPartition, Long> loadAllOfRebuild(String topic) {
        return loadAll(ShadowTables.SCHEMA + ".consumer_offset", topic);
    }

    private Map<TopicPartition, Long> loadAll(String table, String topic) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        jdbc.query(
                "select partition_no, next_offset from " + table + " where topic = ?",
                rs -> {
                    offsets.put(new TopicPartition(topic, rs.getInt(1)), rs.getLong(2));
                },
                topic);
        return offsets;
    }
}
