package org.gongkai.query.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.gongkai.events.EventCatalogue;
import org.gongkai.events.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a Kafka record in the wire format back into a contract record; anything it cannot use is skipped. */
final class EventDecoder {

    private static final Logger log = LoggerFactory.getLogger(EventDecoder.class);

    private final ObjectMapper mapper = WireFormat.objectMapper();

    Optional<EventEnvelope> decode(ConsumerRecord<String, byte[]> record) {
        try {
            return decodeKnown(record);
        } catch (UnreadableEvent e) {
            log.error(
                    "Skipping unreadable {} at {}-{}@{}: {}",
                    header(record, WireFormat.EVENT_TYPE),
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.getCause().toString());
            return Optional.empty();
        }
    }

    /**
     * Like {@link #decode} for types this service does not know (empty), but a value of a known type that cannot be
     * read is an {@link UnreadableEvent}: the consumer quarantines it instead of letting it pass unseen.
     */
    Optional<EventEnvelope> decodeKnown(ConsumerRecord<String, byte[]> record) {
        String typeName = header(record, WireFormat.EVENT_TYPE);
        Optional<EventType> type = Optional.ofNullable(typeName).flatMap(EventCatalogue::byName);
        if (type.isEmpty()) {
            // Forward compatibility: a newer producer may publish types this service does not know yet.
            log.info(
                    "Skipping event of unknown type {} at {}-{}@{}",
                    typeName,
                    record.topic(),
                    record.partition(),
                    record.offset());
            return Optional.empty();
        }
        String version = header(record, WireFormat.EVENT_VERSION);
        if (version != null && !version.equals(String.valueOf(type.get().version()))) {
            log.warn(
                    "Skipping {} version {} (this service reads version {}) at {}-{}@{}",
                    typeName,
                    version,
                    type.get().version(),
                    record.topic(),
                    record.partition(),
                    record.offset());
            return Optional.empty();
        }
        try {
            Record payload = mapper.readValue(record.value(), type.get().javaType());
            String aggregateId =
                    Optional.ofNullable(header(record, WireFormat.AGGREGATE_ID)).orElse(record.key());
            return Optional.of(new EventEnvelope(
                    header(record, WireFormat.EVENT_ID),
                    typeName,
                    type.get().stream(),
                    aggregateId,
                    sequence(record),
                    recordedAt(record),
                    header(record, WireFormat.RECORDED_BY),
                    payload));
        } catch (IOException | RuntimeException e) {
            // A value that cannot be read will never become readable by retrying.
            throw new UnreadableEvent(typeName, e);
        }
    }

    private static long sequence(ConsumerRecord<String, byte[]> record) {
        String value = header(record, WireFormat.AGGREGATE_SEQUENCE);
        try {
            return value == null ? -1 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Instant recordedAt(ConsumerRecord<String, byte[]> record) {
        String value = header(record, WireFormat.RECORDED_AT);
        try {
            return value == null ? null : Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
