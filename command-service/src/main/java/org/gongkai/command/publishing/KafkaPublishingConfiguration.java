package org.gongkai.command.publishing;

import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox publisher's plumbing: an idempotent producer (renewed after a failure), the topic (retention forever, since projections are
 * rebuilt from offset zero) and a tracking processor that starts at the first stored event and never swallows
 * an error, so a Kafka outage only delays publishing.
 */
@Configuration
class KafkaPublishingConfiguration {

    /** How long the publisher waits for a new event before it looks again (and renews its token claim). */
    static final long AVAILABILITY_TIMEOUT_MILLIS = 50;

    @Bean(destroyMethod = "close")
    EventProducer eventProducer(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
        return EventProducer.connectingTo(bootstrapServers);
    }

    @Bean
    EventTopic eventTopic(
            @Value("${gongkai.kafka.topic}") String topic,
            @Value("${gongkai.kafka.partitions:3}") int partitions,
            @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
        return new EventTopic(topic, partitions, bootstrapServers);
    }

    @Autowired
    void configurePublisher(EventProcessingConfigurer processing) {
        processing
                .registerTrackingEventProcessorConfiguration(
                        KafkaPublisher.PROCESSOR,
                        config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(200)
                                // the event store wakes no reader on a commit (ADR 0063): the publisher looks
                                // again this often when it found nothing new, and a new event waits at most this
                                .andEventAvailabilityTimeout(AVAILABILITY_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                                .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                .registerListenerInvocationErrorHandler(
                        KafkaPublisher.PROCESSOR, config -> PropagatingErrorHandler.instance());
    }
}
