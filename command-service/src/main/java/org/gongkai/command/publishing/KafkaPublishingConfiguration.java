package org.gongkai.command.publishing;

import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox publisher's plumbing: an idempotent producer, the topic (retention forever, since projections are
 * rebuilt from offset zero) and a tracking processor that starts at the first stored event and never swallows
 * an error, so a Kafka outage only delays publishing.
 */
@Configuration
class KafkaPublishingConfiguration {

    @Bean(destroyMethod = "close")
    Producer<String, byte[]> eventProducer(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // A broker outage must not block a publisher thread for minutes: fail the batch, retry it from the token.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "gongkai-outbox-publisher");
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    @Bean
    EventTopic eventTopic(@Value("${gongkai.kafka.topic}") String topic,
            @Value("${gongkai.kafka.partitions:3}") int partitions,
            @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
        return new EventTopic(topic, partitions, bootstrapServers);
    }

    @Autowired
    void configurePublisher(EventProcessingConfigurer processing) {
        processing.registerTrackingEventProcessorConfiguration(KafkaPublisher.PROCESSOR,
                        config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(200)
                                .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .registerListenerInvocationErrorHandler(KafkaPublisher.PROCESSOR,
                        config -> PropagatingErrorHandler.instance());
    }
}
