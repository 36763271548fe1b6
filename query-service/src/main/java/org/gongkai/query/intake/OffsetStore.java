package org.gongkai.query.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Consumed offsets kept in PostgreSQL with the read models, so that both move in one transaction.
 *
 * <p>Each save first checks that the table still holds the positions this instance last stored (ADR 0060). Batches
 * commit without waiting for the WAL flush (ADR 0054): a PostgreSQL that crashes, or is restored from a backup, can
 * come back without the last batches while this process lives on, its Kafka consumer already past their records.
 * Found out only by a failed batch, that tail would be skipped for good whenever the next batch got a fresh
 * connection and succeeded; found out here, the batch fails as transient and the consumer rewinds to the positions
 * the table holds, reading the lost records again.
 */
@Component
class OffsetStore {

    /** Known to have no row: the partition is read from its start. */
    private static final long NO_ROW = -1;

    private final JdbcTemplate jdbc;
    private final ShadowTables shadow;
    /** Per partition, the next offset this instance read from the table or committed to it last. */
    private final Map<TopicPartition, Long> known = new ConcurrentHashMap<>();

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
            // the consumer positions itself from what it loads here: from now on the table must keep it
            known.put(partition, offsets.getOrDefault(partition, NO_ROW));
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
        // every partition this instance reads, not only the batch's: events are spread over the partitions by
        // aggregate, and the lost tail may lie in one that this batch does not touch
        requireKnownPositions();
        List<Object[]> rows = new ArrayList<>();
        nextOffsets.forEach((partition, next) ->
                rows.add(new Object[] {partition.topic(), partition.partition(), next, appliedIndexes.get(partition)}));
        jdbc.batchUpdate("""
                insert into consumer_offset (topic, partition_no, next_offset, applied_index) values (?, ?, ?, ?)
                on conflict (topic, partition_no) do update set next_offset = excluded.next_offset,
                  applied_index = greatest(consumer_offset.applied_index, excluded.applied_index)
                """, rows);
        Map<TopicPartition, Long> saved = Map.copyOf(nextOffsets);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    known.putAll(saved);
                }
            });
        } else {
            known.putAll(saved);
        }
    }

    /** The consumer no longer reads these partitions (a rebalance took them): their positions are not ours. */
    void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(known::remove);
    }

    /**
     * The table holds, for every partition this instance has positioned itself on, the offset it last read or
     * committed there; otherwise the batch fails before anything of it is stored, as a transient failure.
     */
    private void requireKnownPositions() {
        Map<TopicPartition, Long> expected = Map.copyOf(known);
        Set<TopicPartition> checked = expected.keySet();
        if (checked.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> stored = new HashMap<>();
        // the partitions of the one topic: a few rows, read whole
        for (String topic :
                checked.stream().map(TopicPartition::topic).distinct().toList()) {
            jdbc.query(
                    "select partition_no, next_offset from consumer_offset where topic = ?",
                    rs -> {
                        stored.put(new TopicPartition(topic, rs.getInt(1)), rs.getLong(2));
                    },
                    topic);
        }
        for (TopicPartition partition : checked) {
            long found = stored.getOrDefault(partition, NO_ROW);
            if (found != expected.get(partition)) {
                throw new PositionsMoved(partition, expected.get(partition), found);
            }
        }
    }

    /** The table no longer holds the positions this instance stored: its database lost commits, or was restored. */
    static final class PositionsMoved extends RecoverableDataAccessException {
        PositionsMoved(TopicPartition partition, long expected, long found) {
            super("the read database holds offset " + (found == NO_ROW ? "none" : found) + " for " + partition
                    + " where this instance stored " + (expected == NO_ROW ? "none" : expected)
                    + ": it lost commits or was restored; rewinding to the stored offsets");
        }
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
