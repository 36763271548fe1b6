package org.gongkai.query.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.gongkai.events.EventCatalogue;
import org.gongkai.events.EventType;
import org.gongkai.events.report.ReportEvent;
import org.gongkai.query.intake.DirectFeed;
import org.gongkai.query.intake.WireFormat;
import org.gongkai.query.intake.WireRecords;

/**
 * Feeds events as the command side publishes them, each with the recording time the test chooses, so "as of"
 * reads can be tested against a known history (a fact recorded after the deadline day, …).
 */
final class TimedFeed {

    private final DirectFeed feed;
    private final ObjectMapper mapper = WireFormat.objectMapper();
    private final Map<String, Long> sequences = new HashMap<>();

    TimedFeed(DirectFeed feed) {
        this.feed = feed;
    }

    /** Delivers the events as one batch, all recorded at {@code at} (ISO date-time with offset). */
    synchronized void recordedAt(String at, Record... events) {
        Instant instant = OffsetDateTime.parse(at).toInstant();
        List<WireRecords.Wire> batch = new ArrayList<>();
        for (Record event : events) {
            batch.add(wire(event, instant));
        }
        feed.deliver(batch);
    }

    /** Delivers the events recorded now. */
    synchronized void now(Record... events) {
        List<WireRecords.Wire> batch = new ArrayList<>();
        for (Record event : events) {
            batch.add(wire(event, Instant.now()));
        }
        feed.deliver(batch);
    }

    private WireRecords.Wire wire(Record event, Instant recordedAt) {
        String aggregate = event instanceof ReportEvent report ? report.reportId() : WireRecords.aggregateId(event);
        long sequence = sequences.merge(aggregate, 1L, Long::sum) - 1;
        EventType type = EventCatalogue.byClass(event.getClass()).orElseThrow();
        RecordHeaders headers = new RecordHeaders();
        header(headers, WireFormat.EVENT_ID, UUID.randomUUID().toString());
        header(headers, WireFormat.EVENT_TYPE, type.name());
        header(headers, WireFormat.EVENT_VERSION, "1");
        header(headers, WireFormat.AGGREGATE_ID, aggregate);
        header(headers, WireFormat.AGGREGATE_SEQUENCE, Long.toString(sequence));
        header(headers, WireFormat.RECORDED_AT, recordedAt.toString());
        try {
            return new WireRecords.Wire(aggregate, mapper.writeValueAsBytes(event), headers, aggregate, sequence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
