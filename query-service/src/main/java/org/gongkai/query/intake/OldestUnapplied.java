package org.gongkai.query.intake;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Kafka timestamp of the record at a given offset: the oldest one not yet applied, for the lag in
 * milliseconds. A separate client without a group (assign, seek, poll one record), never the projection's.
 */
@Component
class OldestUnapplied implements DisposableBean {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final long PATIENCE_NANOS = Duration.ofSeconds(3).toNanos();

    private final Map<String, Object> config;
    private Consumer<byte[], byte[]> probe;

    OldestUnapplied(@Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers) {
        this.config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG,
                "gongkai-query-lag",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                1,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                false);
    }

    synchronized Optional<Long> timestamp(TopicPartition partition, long offset) {
        if (probe == null) {
            probe = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        }
        try {
            probe.assign(List.of(partition));
            probe.seek(partition, offset);
            // the first polls after a seek often come back empty while the fetch is under way
            long deadline = System.nanoTime() + PATIENCE_NANOS;
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : probe.poll(POLL)) {
                    return Optional.of(record.timestamp());
                }
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            probe.close();
            probe = null;
            return Optional.empty();
        }
    }

    @Override
    public synchronized void destroy() {
        if (probe != null) {
            probe.close();
            probe = null;
        }
    }
}
