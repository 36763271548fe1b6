package org.gongkai.query.intake;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The end offset of every partition, asked of the broker each time (never cached: a read position is only sound
 * against ends taken after its own event was applied). One long-lived client, connected on first use, so that
 * waiting reads cost one small request each rather than a new connection.
 */
@Component
class PartitionEnds implements DisposableBean {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Map<String, Object> config;
    private final String topic;
    private Consumer<byte[], byte[]> probe;

    PartitionEnds(
            @Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
            @Value("${gongkai.kafka.topic:gongkai.events}") String topic) {
        this.topic = topic;
        this.config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG,
                "gongkai-query-read-positions",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                false);
    }

    synchronized Map<TopicPartition, Long> now() {
        if (probe == null) {
            probe = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        }
        try {
            List<TopicPartition> partitions = probe.partitionsFor(topic, TIMEOUT).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            return probe.endOffsets(partitions, TIMEOUT);
        } catch (RuntimeException e) {
            probe.close();
            probe = null;
            throw e;
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
