package org.gongkai.command.publishing;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The idempotent Kafka producer of the outbox publisher, replaced by a fresh one after a failed batch. An
 * idempotent producer whose batches expired while the broker was away can stay stuck on its old sequence
 * numbers; a new producer gets a new producer id, and the publisher re-sends the batch from its token anyway.
 */
final class EventProducer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventProducer.class);

    private final Supplier<Producer<String, byte[]>> factory;
    private Producer<String, byte[]> producer;

    EventProducer(Supplier<Producer<String, byte[]>> factory) {
        this.factory = factory;
    }

    /**
     * The largest record the publisher sends. A publication carries a snapshot of up to the command port's body
     * limit (1 MiB), which grows when written as a JSON string inside the event (quotes escaped); 4 MiB leaves room
     * for that. Kafka's default (1 MiB) would stop the outbox at the first such event, and everything behind it.
     * Brokers must take it: {@code message.max.bytes} (standalone, compose) and the topic's {@code max.message.bytes}.
     */
    static final int MAX_EVENT_BYTES = 4 * 1024 * 1024;

    static EventProducer connectingTo(String bootstrapServers) {
        return new EventProducer(() -> {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
            config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
            // A broker outage must not block the publisher for minutes: fail the batch, retry it from the token.
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "gongkai-outbox-publisher");
            config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_EVENT_BYTES);
            return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        });
    }

    synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        if (producer == null) {
            producer = factory.get();
        }
        return producer.send(record);
    }

    synchronized void flush() {
        if (producer != null) {
            producer.flush();
        }
    }

    /** Drops the current producer after a failed batch; the next send starts a new one. */
    synchronized void reset() {
        if (producer != null) {
            log.info("Kafka did not acknowledge a batch; starting a new producer for the retry");
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(10));
            producer = null;
        }
    }
}
