package org.gongkai.query.intake;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The query side's progress for Prometheus: per partition, {@code gongkai.projection.lag.events} (end offset minus
 * the stored next offset) and {@code gongkai.projection.lag.ms} (age of the oldest record not yet applied, 0 when
 * caught up); the events applied by this instance; rebuild progress. The lag comes from the shared database and
 * the broker, so every instance reports the same figures, whichever consumes the partition. Refreshed every few
 * seconds rather than per scrape, so that scraping never queries Kafka.
 */
@Component
@ConditionalOnProperty(name = "gongkai.query.consumer.enabled", havingValue = "true", matchIfMissing = true)
class ProjectionLagMetrics implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionLagMetrics.class);

    private final OffsetStore offsets;
    private final PartitionEnds ends;
    private final OldestUnapplied oldest;
    private final String topic;
    // Micrometer holds a function counter's state object weakly: kept here, or the provider is collected and the
    // applied and failed-batch counters read 0 for ever.
    private final ObjectProvider<ProjectionConsumer> consumer;
    private final MultiGauge events;
    private final MultiGauge millis;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "gongkai-lag-metrics");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionLagMetrics(
            OffsetStore offsets,
            PartitionEnds ends,
            OldestUnapplied oldest,
            ProjectionRebuild rebuild,
            ObjectProvider<ProjectionConsumer> consumer,
            MeterRegistry registry,
            @Value("${gongkai.kafka.topic:gongkai.events}") String topic,
            @Value("${gongkai.metrics.lag-refresh-ms:5000}") long refreshMillis) {
        this.offsets = offsets;
        this.ends = ends;
        this.oldest = oldest;
        this.topic = topic;
        this.consumer = consumer;
        this.events = MultiGauge.builder("gongkai.projection.lag.events")
                .description("Records on the topic not yet applied to the read models, per partition")
                .register(registry);
        this.millis = MultiGauge.builder("gongkai.projection.lag.ms")
                // no base unit: Prometheus would append it, and the name already says milliseconds
                .description("Age of the oldest record not yet applied, per partition (0 when caught up)")
                .register(registry);
        Gauge.builder("gongkai.rebuild.percent", rebuild, r -> r.progress().percent())
                .description("Progress of the last projection rebuild (100 when none is running)")
                .register(registry);
        Gauge.builder(
                        "gongkai.rebuild.running",
                        rebuild,
                        r -> "RUNNING".equals(r.progress().state()) ? 1 : 0)
                .description("1 while a projection rebuild is running")
                .register(registry);
        FunctionCounter.builder(
                        "gongkai.projection.applied",
                        consumer,
                        c -> c.stream()
                                .mapToLong(ProjectionConsumer::appliedEvents)
                                .sum())
                .description("Events applied by this instance since it started")
                .register(registry);
        FunctionCounter.builder(
                        "gongkai.projection.failed.batches",
                        consumer,
                        c -> c.stream()
                                .mapToLong(ProjectionConsumer::failedBatches)
                                .sum())
                .description("Batches that failed (database or broker away) and were rewound to be read again")
                .register(registry);
        refresher.scheduleWithFixedDelay(this::refresh, 1000, refreshMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }

    void refresh() {
        Map<TopicPartition, Long> end;
        try {
            end = ends.now();
        } catch (RuntimeException e) {
            log.debug("Projection lag not refreshed, Kafka unavailable: {}", e.toString());
            return;
        }
        try {
            publish(end);
        } catch (RuntimeException e) {
            // a failed refresh must not end the schedule; the gauges keep their last values
            log.warn("Projection lag not refreshed: {}", e.toString());
        }
    }

    private void publish(Map<TopicPartition, Long> end) {
        Map<TopicPartition, Long> next = offsets.loadAll(topic);
        List<MultiGauge.Row<?>> eventRows = new ArrayList<>();
        List<MultiGauge.Row<?>> msRows = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (var partition : end.entrySet()) {
            long behind = Math.max(0, partition.getValue() - next.getOrDefault(partition.getKey(), 0L));
            Tags tags = Tags.of("partition", String.valueOf(partition.getKey().partition()));
            eventRows.add(MultiGauge.Row.of(tags, behind));
            long age = behind == 0
                    ? 0
                    : oldest.timestamp(partition.getKey(), next.getOrDefault(partition.getKey(), 0L))
                            .map(timestamp -> Math.max(0, now - timestamp))
                            .orElse(0L);
            msRows.add(MultiGauge.Row.of(tags, age));
        }
        events.register(eventRows, true);
        millis.register(msRows, true);
    }
}
