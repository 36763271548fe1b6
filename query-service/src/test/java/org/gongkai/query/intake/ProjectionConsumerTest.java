package org.gongkai.query.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.gongkai.events.agency.AgencyLevel;
import org.gongkai.events.agency.AgencyRegistered;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** The consumer loop against Kafka's MockConsumer: positions come from the store, failures rewind to them. */
class ProjectionConsumerTest {

    static final TopicPartition PARTITION = new TopicPartition("gongkai.events", 0);

    final MockConsumer<String, byte[]> kafka = new MockConsumer<>(OffsetResetStrategy.EARLIEST);
    final BatchApplier applier = mock(BatchApplier.class);
    final OffsetStore offsets = mock(OffsetStore.class);
    final List<Long> appliedOffsets = new CopyOnWriteArrayList<>();
    final List<ProjectionCommitted> announced = new CopyOnWriteArrayList<>();
    ProjectionConsumer consumer;

    @AfterEach
    void stop() {
        consumer.stop();
    }

    void start(long storedOffset) {
        when(offsets.load(anyCollection())).thenReturn(Map.of(PARTITION, storedOffset));
        kafka.updateBeginningOffsets(Map.of(PARTITION, 0L));
        kafka.schedulePollTask(() -> kafka.rebalance(List.of(PARTITION)));
        consumer = new ProjectionConsumer(
                () -> kafka,
                PARTITION.topic(),
                applier,
                offsets,
                mock(ProjectionRebuild.class),
                event -> announced.add((ProjectionCommitted) event));
        consumer.start();
    }

    void offer(long... offsetsToAdd) {
        for (long offset : offsetsToAdd) {
            WireRecords.Wire wire =
                    new WireRecords().wire(new AgencyRegistered("a" + offset, "n", null, AgencyLevel.CITY), 0);
            kafka.addRecord(new ConsumerRecord<>(
                    PARTITION.topic(),
                    0,
                    offset,
                    0L,
                    TimestampType.CREATE_TIME,
                    0,
                    0,
                    wire.key(),
                    wire.value(),
                    wire.headers(),
                    Optional.empty()));
        }
    }

    @SuppressWarnings("unchecked")
    void applierRecords() {
        when(applier.apply(any())).thenAnswer(call -> {
            List<ConsumerRecord<String, byte[]>> batch = call.getArgument(0);
            batch.forEach(r -> appliedOffsets.add(r.offset()));
            ProjectionChanges changes = new ProjectionChanges();
            changes.agencyChanged("a");
            return new BatchApplier.Applied(changes, batch.size());
        });
    }

    @Test
    void startsFromTheOffsetStoredWithTheReadModels() {
        applierRecords();
        start(2);
        kafka.schedulePollTask(() -> offer(0, 1, 2, 3));

        await().atMost(Duration.ofSeconds(10)).until(() -> appliedOffsets.size() >= 2);
        assertThat(appliedOffsets).containsExactly(2L, 3L);
        assertThat(announced).isNotEmpty();
    }

    @Test
    void aFailedBatchIsReadAgainFromTheStoredOffsetAndAppliedOnce() {
        AtomicInteger calls = new AtomicInteger();
        when(applier.apply(any())).thenAnswer(call -> {
            List<ConsumerRecord<String, byte[]>> batch = call.getArgument(0);
            if (calls.getAndIncrement() == 0) {
                throw new DataAccessResourceFailureException("database is down");
            }
            batch.forEach(r -> appliedOffsets.add(r.offset()));
            return new BatchApplier.Applied(new ProjectionChanges(), batch.size());
        });
        start(0);
        kafka.schedulePollTask(() -> offer(0, 1, 2));
        // After the rewind MockConsumer has no records left at offset 0; the real broker would send them again.
        kafka.schedulePollTask(() -> {});
        kafka.schedulePollTask(() -> offer(0, 1, 2));

        await().atMost(Duration.ofSeconds(10)).until(() -> appliedOffsets.size() == 3);
        assertThat(appliedOffsets).containsExactly(0L, 1L, 2L);
        assertThat(calls.get()).isEqualTo(2);
        assertThat(new ArrayList<>(kafka.paused())).isEmpty();
    }

    @Test
    void aPartitionTakenByARebalanceIsForgottenByTheOffsetStore() {
        TopicPartition other = new TopicPartition(PARTITION.topic(), 1);
        applierRecords();
        start(0);
        kafka.schedulePollTask(() -> offer(0));
        await().atMost(Duration.ofSeconds(10)).until(() -> appliedOffsets.size() == 1);

        kafka.updateBeginningOffsets(Map.of(other, 0L));
        kafka.schedulePollTask(() -> kafka.rebalance(List.of(other)));

        // its stored position is another instance's now: checking it before each batch would fail them all (ADR 0060)
        verify(offsets, timeout(10_000)).forget(argThat(partitions -> partitions.contains(PARTITION)));
    }
}
