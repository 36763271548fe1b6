package org.gongkai.command.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code gongkai.publisher.lag.events}: events in the store not yet acknowledged by Kafka, the newest global index
 * minus the publisher's token. Only the instance whose publisher holds the token claim knows the token; the others
 * report nothing (NaN), so a dashboard takes the maximum over instances.
 */
@Component
class PublisherMetrics {

    private static final String PUBLISHER = "kafka-publisher";

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;

    PublisherMetrics(JdbcTemplate jdbc, EventProcessingConfiguration processing, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.processing = processing;
        Gauge.builder("gongkai.publisher.lag.events", this, PublisherMetrics::lag)
                .description("Events stored but not yet published to Kafka")
                .register(registry);
    }

    private double lag() {
        OptionalLong published = publishedThrough();
        if (published.isEmpty()) {
            return Double.NaN;
        }
        Long newest = jdbc.queryForObject("select coalesce(max(globalIndex), -1) from domainevententry", Long.class);
        return Math.max(0, newest - published.getAsLong());
    }

    private OptionalLong publishedThrough() {
        return processing
                .eventProcessor(PUBLISHER, TrackingEventProcessor.class)
                .map(TrackingEventProcessor::processingStatus)
                .flatMap(status -> status.values().stream().findFirst())
                .map(PublisherMetrics::position)
                .orElse(OptionalLong.empty());
    }

    private static OptionalLong position(EventTrackerStatus status) {
        OptionalLong position = status.getCurrentPosition();
        // a publisher that has published nothing yet is behind by every stored event
        return position.isPresent() ? position : OptionalLong.of(-1);
    }
}
