package org.gongkai.query.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.springframework.stereotype.Component;

/**
 * Feeds events straight into the batch applier, as the consumer would after a poll, without a broker. Offsets
 * grow on one pseudo partition; the same event can be delivered again at a later offset.
 */
@Component
public class DirectFeed {

    private static final String TOPIC = "direct-feed";

    private final BatchApplier applier;
    private final WireRecords wire = new WireRecords();
    private long offset;

    DirectFeed(BatchApplier applier) {
        this.applier = applier;
    }

    /** Applies the events as one batch, each with the next sequence of its aggregate; answers them as sent. */
    public synchronized List<WireRecords.Wire> publish(Record... events) {
        List<WireRecords.Wire> sent = new ArrayList<>();
        for (Record event : events) {
            sent.add(wire.next(event));
        }
        deliver(sent);
        return sent;
    }

    public synchronized void deliver(List<WireRecords.Wire> records) {
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
        for (WireRecords.Wire record : records) {
            batch.add(new ConsumerRecord<>(
                    TOPIC,
                    0,
                    offset++,
                    0L,
                    TimestampType.CREATE_TIME,
                    0,
                    0,
                    record.key(),
                    record.value(),
                    record.headers(),
                    Optional.empty()));
        }
        applier.apply(batch);
    }

    public WireRecords wire() {
        return wire;
    }
}
