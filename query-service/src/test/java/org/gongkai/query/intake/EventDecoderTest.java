package org.gongkai.query.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.gongkai.events.application.DecisionRecorded;
import org.gongkai.events.application.Outcome;
import org.junit.jupiter.api.Test;

class EventDecoderTest {

    final EventDecoder decoder = new EventDecoder();

    static ConsumerRecord<String, byte[]> record(WireRecords.Wire wire) {
        return new ConsumerRecord<>(
                "t",
                0,
                7,
                0L,
                TimestampType.CREATE_TIME,
                0,
                0,
                wire.key(),
                wire.value(),
                wire.headers(),
                Optional.empty());
    }

    @Test
    void readsTheContractRecordAndItsHeaders() {
        DecisionRecorded event = new DecisionRecorded("app-1", Outcome.DISCLOSED, LocalDate.of(2024, 5, 6));

        EventEnvelope envelope =
                decoder.decode(record(new WireRecords().wire(event, 3))).orElseThrow();

        assertThat(envelope.payload()).isEqualTo(event);
        assertThat(envelope.type()).isEqualTo("DecisionRecorded");
        assertThat(envelope.stream()).isEqualTo("Application");
        assertThat(envelope.aggregateId()).isEqualTo("app-1");
        assertThat(envelope.sequence()).isEqualTo(3);
        assertThat(envelope.recordedAt()).isNotNull();
    }

    @Test
    void ignoresPropertiesAddedByANewerProducer() {
        String json = "{\"applicationId\":\"app-1\",\"outcome\":\"DISCLOSED\",\"decidedOn\":\"2024-05-06\",\"x\":1}";
        WireRecords.Wire wire =
                new WireRecords().wire(new DecisionRecorded("app-1", Outcome.DISCLOSED, LocalDate.of(2024, 5, 6)), 0);

        Optional<EventEnvelope> envelope = decoder.decode(record(new WireRecords.Wire(
                wire.key(), json.getBytes(StandardCharsets.UTF_8), wire.headers(), wire.aggregateId(), 0)));

        assertThat(envelope).isPresent();
    }

    @Test
    void skipsEventTypesItDoesNotKnow() {
        WireRecords.Wire wire = new WireRecords()
                .wire(
                        new DecisionRecorded("app-1", Outcome.DISCLOSED, LocalDate.of(2024, 5, 6)),
                        "ApplicationTeleported",
                        0);

        assertThat(decoder.decode(record(wire))).isEmpty();
    }

    @Test
    void skipsAValueItCannotRead() {
        WireRecords.Wire wire =
                new WireRecords().wire(new DecisionRecorded("app-1", Outcome.DISCLOSED, LocalDate.of(2024, 5, 6)), 0);
        RecordHeaders headers = new RecordHeaders(wire.headers().toArray());

        assertThat(decoder.decode(record(new WireRecords.Wire(
                        wire.key(), "not json".getBytes(StandardCharsets.UTF_8), headers, wire.aggregateId(), 0))))
                .isEmpty();
    }

    @Test
    void tellsAValueItCannotReadFromATypeItDoesNotKnowWhenAskedForKnownTypes() {
        WireRecords.Wire wire =
                new WireRecords().wire(new DecisionRecorded("app-1", Outcome.DISCLOSED, LocalDate.of(2024, 5, 6)), 0);
        RecordHeaders headers = new RecordHeaders(wire.headers().toArray());
        WireRecords.Wire garbled = new WireRecords.Wire(
                wire.key(), "not json".getBytes(StandardCharsets.UTF_8), headers, wire.aggregateId(), 0);
        WireRecords.Wire unknown = new WireRecords()
                .wire(
                        new DecisionRecorded("app-1", Outcome.DISCLOSED, LocalDate.of(2024, 5, 6)),
                        "ApplicationTeleported",
                        0);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> decoder.decodeKnown(record(garbled)))
                .isInstanceOf(UnreadableEvent.class);
        assertThat(decoder.decodeKnown(record(unknown))).isEmpty();
    }
}
