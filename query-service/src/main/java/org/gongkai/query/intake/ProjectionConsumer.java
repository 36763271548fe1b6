package org.gongkai.query.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * The consumer loop on its own thread. Kafka's committed offsets are never used: positions come from PostgreSQL,
 * where each batch stores them with its read-model changes. Assigned partitions stay paused until their stored
 * position is known, and after any failure every assigned partition goes back to that state, so a batch is
 * either committed once or read again, never half applied and never skipped. (A record that fails for a reason
 * retrying cannot fix is not skipped either: the applier quarantines it, visibly, and goes on; ADR 0018.)
 */
public class ProjectionConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectionConsumer.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final long MIN_BACKOFF_MS = 200;
    private static final long MAX_BACKOFF_MS = 10_000;

    private final Supplier<Consumer<String, byte[]>> consumers;
    private final String topic;
    private final BatchApplier applier;
    private final OffsetStore offsets;
    private final ProjectionRebuild rebuild;
    private final ApplicationEventPublisher publisher;
    private final Set<String> changedDuringRebuild = new HashSet<>();
    private final AtomicLong appliedEvents = new AtomicLong();
    private final AtomicLong failedBatches = new AtomicLong();

    private volatile boolean running;
    private volatile Consumer<String, byte[]> consumer;
    private volatile CountDownLatch stopped = new CountDownLatch(0);
    private Thread thread;

    ProjectionConsumer(
            Supplier<Consumer<String, byte[]>> consumers,
            String topic,
            BatchApplier applier,
            OffsetStore offsets,
            ProjectionRebuild rebuild,
            ApplicationEventPublisher publisher) {
        this.consumers = consumers;
        this.topic = topic;
        this.applier = applier;
        this.offsets = offsets;
        this.rebuild = rebuild;
        this.publisher = publisher;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        stopped = new CountDownLatch(1);
        thread = new Thread(this::run, "gongkai-projection");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        stopped.countDown();
        Consumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Events applied by this instance since it started (not counting skipped redeliveries). */
    public long appliedEvents() {
        return appliedEvents.get();
    }

    /**
     * Batches that failed with a transient error (the database or the broker away) and were rewound to be read
     * again, since this instance started: how an operator, and an outage test, sees that an outage was met.
     */
    public long failedBatches() {
        return failedBatches.get();
    }

    private void run() {
        Set<TopicPartition> unpositioned = new HashSet<>();
        long backoff = MIN_BACKOFF_MS;
        discardUnfinishedRebuild();
        try (Consumer<String, byte[]> c = consumers.get()) {
            consumer = c;
            c.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    unpositioned.addAll(partitions);
                    c.pause(partitions);
                }

                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    unpositioned.removeAll(partitions);
                    offsets.forget(partitions);
                }
            });
            while (running) {
                try {
                    position(c, unpositioned);
                    ConsumerRecords<String, byte[]> records = c.poll(POLL);
                    if (!records.isEmpty()) {
                        apply(records);
                    }
                    if (rebuild.running()) {
                        completeRebuild();
                    }
                    backoff = MIN_BACKOFF_MS;
                } catch (WakeupException e) {
                    // stop() woke the consumer; the loop condition decides.
                } catch (RuntimeException e) {
                    failedBatches.incrementAndGet();
                    log.warn(
                            "Projection batch failed, rewinding to the stored offsets and retrying in {} ms: {}",
                            backoff,
                            e.toString());
                    unpositioned.addAll(c.assignment());
                    c.pause(c.assignment());
                    waitBeforeRetry(backoff);
                    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
                }
            }
        } catch (RuntimeException e) {
            log.error("Projection consumer stopped", e);
        } finally {
            consumer = null;
        }
    }

    private void position(Consumer<String, byte[]> c, Set<TopicPartition> unpositioned) {
        if (unpositioned.isEmpty()) {
            return;
        }
        Set<TopicPartition> partitions = new HashSet<>(unpositioned);
        partitions.retainAll(c.assignment());
        Map<TopicPartition, Long> stored = offsets.load(partitions);
        List<TopicPartition> fromStart = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            Long next = stored.get(partition);
            if (next == null) {
                fromStart.add(partition);
            } else {
                c.seek(partition, next);
            }
        }
        c.seekToBeginning(fromStart);
        c.resume(partitions);
        unpositioned.clear();
    }

    private void apply(ConsumerRecords<String, byte[]> records) {
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        boolean intoCopies = rebuild.running();
        BatchApplier.Applied applied = applier.apply(batch);
        appliedEvents.addAndGet(applied.events());
        if (intoCopies) {
            // readers still see the live tables: nothing they show has changed until the swap
            changedDuringRebuild.addAll(applied.changes().agencyIds());
        } else {
            announce(applied.changes().agencyIds(), applied.events());
        }
    }

    private void completeRebuild() {
        if (applier.exclusively(rebuild::completeIfCaughtUp)) {
            Set<String> changed = Set.copyOf(changedDuringRebuild);
            changedDuringRebuild.clear();
            announce(changed, 0);
        }
    }

    private void announce(Set<String> agencyIds, int events) {
        if (agencyIds.isEmpty()) {
            return;
        }
        try {
            publisher.publishEvent(new ProjectionCommitted(agencyIds, events));
        } catch (RuntimeException e) {
            // The batch is committed; a failing listener must not make it look failed and be rewound.
            log.warn("A listener failed after a committed batch: {}", e.toString());
        }
    }

    private void discardUnfinishedRebuild() {
        try {
            rebuild.discardUnfinished();
        } catch (RuntimeException e) {
            log.warn("Could not look for the tables of an interrupted rebuild: {}", e.toString());
        }
    }

    private void waitBeforeRetry(long millis) {
        try {
            stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
