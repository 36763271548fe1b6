package org.gongkai.query.intake;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    @ConditionalOnProperty(name = "gongkai.query.consumer.enabled", havingValue = "true", matchIfMissing = true)
    ProjectionConsumer projectionConsumer(
            @Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
            @Value("${gongkai.kafka.topic:gongkai.events}") String topic,
            @Value("${gongkai.query.consumer.group-id:gongkai-query}") String groupId,
            @Value("${gongkai.query.consumer.max-poll-records:2000}") int maxPollRecords,
            BatchApplier applier,
            OffsetStore offsets,
            ProjectionRebuild rebuild,
            ApplicationEventPublisher publisher) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                groupId,
                // Offsets live in PostgreSQL with the read models; Kafka's own commits would be a second truth.
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                maxPollRecords,
                // The command service creates the topic with its partition count; never let a consumer create it.
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                false,
                ConsumerConfig.METADATA_MAX_AGE_CONFIG,
                10_000,
                ConsumerConfig.CLIENT_ID_CONFIG,
                "gongkai-query-projection");
        Supplier<Consumer<String, byte[]>> consumers =
                () -> new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        return new ProjectionConsumer(consumers, topic, applier, offsets, rebuild, publisher);
    }

    @Bean
    @ConditionalOnProperty(name = "gongkai.query.consumer.enabled", havingValue = "true", matchIfMissing = true)
    EndOffsets endOffsets(
            @Value("${spring.kafka.bootstrap-servers:localhost:9092}") String bootstrapServers,
            @Value("${gongkai.kafka.topic:gongkai.events}") String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG,
                "gongkai-query-end-offsets");
        return () -> {
            try (Consumer<byte[], byte[]> probe =
                    new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                List<TopicPartition> partitions = probe.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition()))
                        .toList();
                return probe.endOffsets(partitions, Duration.ofSeconds(10));
            }
        };
    }
}
