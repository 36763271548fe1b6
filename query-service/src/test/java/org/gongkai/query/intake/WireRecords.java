package org.gongkai.query.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.gongkai.events.EventCatalogue;
import org.gongkai.events.EventType;
import org.gongkai.events.agency.AgencyEvent;
import org.gongkai.events.application.ApplicationEvent;
import org.gongkai.events.proactive.AdministrativeFeesRecorded;
import org.gongkai.events.proactive.DecisionTallyRecorded;
import org.gongkai.events.proactive.RegulatoryDocumentIssued;
import org.gongkai.events.proactive.RegulatoryDocumentRepealed;
import org.gongkai.events.review.ReviewEvent;

/**
 * Builds events in the Kafka wire format as the command side publishes them: key = aggregate id, JSON value,
 * string headers; keeps the next sequence number per aggregate like an event store would.
 */
public final class WireRecords {

    /** One event ready to send: key, JSON value and headers. */
    public record Wire(String key, byte[] value, Headers headers, String aggregateId, long sequence) {}

    private final ObjectMapper mapper = WireFormat.objectMapper();
    private final Map<String, Long> sequences = new HashMap<>();

    public Wire next(Record event) {
        String aggregate = aggregateId(event);
        long sequence = sequences.merge(aggregate, 1L, Long::sum) - 1;
        return wire(event, sequence);
    }

    /** The same event again with the same sequence: what an at-least-once publisher does after a crash. */
    public Wire wire(Record event, long sequence) {
        EventType type = EventCatalogue.byClass(event.getClass()).orElseThrow();
        return wire(event, type.name(), sequence);
    }

    public Wire wire(Record event, String typeName, long sequence) {
        String aggregate = aggregateId(event);
        RecordHeaders headers = new RecordHeaders();
        header(
                headers,
                WireFormat.EVENT_ID,
                UUID.nameUUIDFromBytes((aggregate + "#" + sequence).getBytes(StandardCharsets.UTF_8))
                        .toString());
        header(headers, WireFormat.EVENT_TYPE, typeName);
        header(headers, WireFormat.EVENT_VERSION, "1");
        header(headers, WireFormat.AGGREGATE_ID, aggregate);
        header(headers, WireFormat.AGGREGATE_SEQUENCE, Long.toString(sequence));
        header(headers, WireFormat.RECORDED_AT, Instant.now().toString());
        try {
            return new Wire(aggregate, mapper.writeValueAsBytes(event), headers, aggregate, sequence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String aggregateId(Record event) {
        if (event instanceof AgencyEvent e) {
            return e.agencyId();
        }
        if (event instanceof ApplicationEvent e) {
            return e.applicationId();
        }
        if (event instanceof ReviewEvent e) {
            return e.caseId();
        }
        if (event instanceof RegulatoryDocumentIssued e) {
            return e.documentId();
        }
        if (event instanceof RegulatoryDocumentRepealed e) {
            return e.documentId();
        }
        if (event instanceof DecisionTallyRecorded e) {
            return e.agencyId();
        }
        if (event instanceof AdministrativeFeesRecorded e) {
            return e.agencyId();
        }
        if (event instanceof org.gongkai.events.user.UserEvent e) {
            return org.gongkai.events.user.UserEvent.userId(e.username());
        }
        if (event instanceof org.gongkai.events.report.ReportEvent e) {
            return e.reportId();
        }
        throw new IllegalArgumentException("no aggregate for " + event);
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
