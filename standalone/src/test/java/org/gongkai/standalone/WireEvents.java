package org.gongkai.standalone;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gongkai.events.EventCatalogue;
import org.gongkai.events.EventType;
import org.gongkai.query.intake.WireFormat;

/**
 * Events written straight to the stack's topic in the contract wire format, as the command side's publisher
 * writes them: for streams of events faster than HTTP, and for redeliveries the publisher may make.
 */
final class WireEvents implements AutoCloseable {

    static final String TOPIC = "gongkai.events";

    private final ObjectMapper json = WireFormat.objectMapper();
    private final KafkaProducer<String, byte[]> producer;

    WireEvents(GongkaiStack stack) {
        Properties config = new Properties();
        config.put(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.infrastructure().kafka().bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends {@code payload} as event {@code sequence} of aggregate {@code aggregateId}. */
    void send(String aggregateId, long sequence, Record payload) throws Exception {
        EventType type = EventCatalogue.byClass(payload.getClass()).orElseThrow();
        RecordHeaders headers = new RecordHeaders();
        header(headers, WireFormat.EVENT_ID, UUID.randomUUID().toString());
        header(headers, WireFormat.EVENT_TYPE, type.name());
        header(headers, WireFormat.EVENT_VERSION, String.valueOf(type.version()));
        header(headers, WireFormat.AGGREGATE_ID, aggregateId);
        header(headers, WireFormat.AGGREGATE_SEQUENCE, Long.toString(sequence));
        header(headers, WireFormat.RECORDED_AT, Instant.now().toString());
        producer.send(new ProducerRecord<>(TOPIC, null, aggregateId, json.writeValueAsBytes(payload), headers));
    }

    void flush() {
        producer.flush();
    }

    private static void header(RecordHeaders headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
