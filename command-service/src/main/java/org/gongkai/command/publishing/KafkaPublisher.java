package org.gongkai.command.publishing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.gongkai.events.EventCatalogue;
import org.gongkai.events.EventType;
import org.springframework.stereotype.Component;

/**
 * Publishes every stored event to Kafka. The event store is the outbox: this tracking processor reads it in
 * batches, sends the whole batch asynchronously and waits for every acknowledgement before its token moves on. A
 * failure leaves the token where it was and the batch is sent again: at-least-once, in store order per aggregate.
 * Consumers drop the duplicates by aggregate sequence.
 */
@Component
@ProcessingGroup(KafkaPublisher.PROCESSOR)
class KafkaPublisher {

    static final String PROCESSOR = "kafka-publisher";
    private static final String PENDING = KafkaPublisher.class.getName() + ".pending";
    /** Who recorded the event, which request it came with, from where (event metadata; absent on older events). */
    private static final Map<String, String> AUDIT_HEADERS = Map.of(
            "recordedBy",
            "gongkai-recorded-by",
            "correlationId",
            "gongkai-correlation-id",
            "clientAddress",
            "gongkai-client-address");

    private final EventProducer producer;
    private final EventTopic topic;
    private final ObjectMapper json;

    KafkaPublisher(EventProducer producer, EventTopic topic, ObjectMapper json) {
        this.producer = producer;
        this.topic = topic;
        this.json = json;
    }

    @EventHandler
    void publish(Object payload, EventMessage<?> message) throws JsonProcessingException {
        topic.ensureExists();
        EventType type = EventCatalogue.byClass(payload.getClass())
                .orElseThrow(() -> new IllegalStateException("Not in the event catalogue: " + payload.getClass()));
        DomainEventMessage<?> domainEvent = (DomainEventMessage<?>) message;
        RecordHeaders headers = new RecordHeaders();
        header(headers, "gongkai-event-id", message.getIdentifier());
        header(headers, "gongkai-event-type", type.name());
        header(headers, "gongkai-event-version", String.valueOf(type.version()));
        header(headers, "gongkai-aggregate-id", domainEvent.getAggregateIdentifier());
        header(headers, "gongkai-aggregate-sequence", String.valueOf(domainEvent.getSequenceNumber()));
        header(headers, "gongkai-recorded-at", message.getTimestamp().toString());
        // the store's global index lets a reader compare what it applied with a write's position (ADR 0023)
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            tracked.trackingToken()
                    .position()
                    .ifPresent(index -> header(headers, "gongkai-global-index", String.valueOf(index)));
        }
        for (var audit : AUDIT_HEADERS.entrySet()) {
            Object value = message.getMetaData().get(audit.getKey());
            if (value != null) {
                header(headers, audit.getValue(), value.toString());
            }
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                topic.name(), null, domainEvent.getAggregateIdentifier(), json.writeValueAsBytes(payload), headers);
        pendingSends().add(producer.send(record));
    }

    /** One list of in-flight sends per batch; the batch commits its token only when all are acknowledged. */
    private List<Future<RecordMetadata>> pendingSends() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING, key -> {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            batch.onPrepareCommit(uow -> awaitAcknowledgements(sends));
            return sends;
        });
    }

    private void awaitAcknowledgements(List<Future<RecordMetadata>> sends) {
        producer.flush();
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get();
            } catch (ExecutionException e) {
                producer.reset();
                throw new PublishingFailed(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishingFailed(e);
            }
        }
    }

    private static void header(RecordHeaders headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Kafka did not acknowledge a batch; the processor retries it from its last token. */
    static final class PublishingFailed extends RuntimeException {
        PublishingFailed(Throwable cause) {
            super("Kafka did not acknowledge the batch; it will be sent again", cause);
        }
    }
}
