package org.gongkai.query.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dead-letter table of the projections (ADR 0018): records that failed for a reason retrying cannot fix, and
 * the later records of the same aggregate that wait behind them. Rows are marked resolved, never deleted.
 */
@Component
class QuarantineStore {

    /** An open row as the applier needs it: which record it holds. */
    record Open(long id, String topic, int partition, long offset) {

        boolean holds(ConsumerRecord<?, ?> record) {
            return topic.equals(record.topic()) && partition == record.partition() && offset == record.offset();
        }

        boolean before(ConsumerRecord<?, ?> record) {
            return !topic.equals(record.topic()) || partition != record.partition() || offset < record.offset();
        }
    }

    /** Whether quarantining a record opened a row (new, or resolved before) or found it open already. */
    record Quarantined(long id, boolean opened) {}

    private static final String ENTRY_COLUMNS = """
            quarantine_id, topic, partition_no, record_offset, event_id, event_type, stream, aggregate_id,
            sequence_no, kind, waits_for, error_class, sql_state, error_message, attempts, quarantined_at,
            last_failed_at, resolved_at, resolved_by, resolution""";

    private final JdbcTemplate jdbc;

    QuarantineStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The open rows of these aggregates, oldest record first. */
    Map<WatermarkStore.Key, List<Open>> openFor(Collection<WatermarkStore.Key> keys) {
        Map<WatermarkStore.Key, List<Open>> open = new HashMap<>();
        if (keys.isEmpty()) {
            return open;
        }
        jdbc.query(
                """
                select q.stream, q.aggregate_id, q.quarantine_id, q.topic, q.partition_no, q.record_offset
                from projection_quarantine q
                join unnest(?::text[], ?::text[]) as k(stream, aggregate_id)
                  on q.stream = k.stream and q.aggregate_id = k.aggregate_id
                where q.resolved_at is null
                order by q.topic, q.partition_no, q.record_offset
                """,
                rs -> {
                    open.computeIfAbsent(
                                    new WatermarkStore.Key(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
                            .add(new Open(rs.getLong(3), rs.getString(4), rs.getInt(5), rs.getLong(6)));
                },
                keys.stream().map(k -> text(k.stream())).toArray(String[]::new),
                keys.stream().map(k -> text(k.aggregateId())).toArray(String[]::new));
        return open;
    }

    /**
     * Records the record with its error, or updates its row when it is there already (a rebuild or a second
     * reading meets the same record again): one row per topic, partition and offset.
     */
    Quarantined quarantine(
            ConsumerRecord<String, byte[]> record, EventEnvelope event, ProjectionFailure failure, Long waitsFor) {
        Boolean wasOpen = jdbc.query(
                "select resolved_at is null from projection_quarantine"
                        + " where topic = ? and partition_no = ? and record_offset = ?",
                rs -> rs.next() ? rs.getBoolean(1) : null,
                record.topic(),
                record.partition(),
                record.offset());
        Long id = jdbc.queryForObject(
                """
                insert into projection_quarantine (topic, partition_no, record_offset, event_id, event_type, stream,
                    aggregate_id, sequence_no, kind, waits_for, error_class, sql_state, error_message, attempts,
                    quarantined_at, last_failed_at, record_key, record_value, record_headers)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, now(), now(), ?, ?, ?)
                on conflict (topic, partition_no, record_offset) do update set
                    kind = excluded.kind, waits_for = excluded.waits_for, error_class = excluded.error_class,
                    sql_state = excluded.sql_state, error_message = excluded.error_message,
                    attempts = projection_quarantine.attempts + 1, last_failed_at = now(),
                    resolved_at = null, resolved_by = null, resolution = null
                returning quarantine_id
                """,
                Long.class,
                record.topic(),
                record.partition(),
                record.offset(),
                text(event == null ? header(record, WireFormat.EVENT_ID) : event.eventId()),
                text(event == null ? header(record, WireFormat.EVENT_TYPE) : event.type()),
                event == null ? null : text(event.stream()),
                text(event == null ? header(record, WireFormat.AGGREGATE_ID) : event.aggregateId()),
                event == null || event.sequence() < 0 ? null : event.sequence(),
                waitsFor == null ? "FAILED" : "WAITING",
                waitsFor,
                failure.errorClass(),
                failure.sqlState(),
                failure.message(),
                record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8),
                record.value(),
                headers(record));
        return new Quarantined(id, !Boolean.TRUE.equals(wasOpen));
    }

    /** A retry failed again: its new error, one attempt more. */
    void failedAgain(long id, ProjectionFailure failure) {
        jdbc.update("""
                update projection_quarantine set error_class = ?, sql_state = ?, error_message = ?,
                    attempts = attempts + 1, last_failed_at = now()
                where quarantine_id = ?
                """, failure.errorClass(), failure.sqlState(), failure.message(), id);
    }

    void resolve(long id, String resolution, String by) {
        jdbc.update(
                "update projection_quarantine set resolved_at = now(), resolution = ?, resolved_by = ?"
                        + " where quarantine_id = ? and resolved_at is null",
                resolution,
                by,
                id);
    }

    /** Locks an open row for its retry; empty when it is resolved (by a replay or another retry) meanwhile. */
    Optional<ConsumerRecord<String, byte[]>> lockOpen(long id) {
        return jdbc.query("""
                        select topic, partition_no, record_offset, record_key, record_value, record_headers
                        from projection_quarantine where quarantine_id = ? and resolved_at is null for update
                        """, (rs, n) -> record(rs), id).stream().findFirst();
    }

    Optional<QuarantineEntry> find(long id) {
        return jdbc
                .query(
                        "select " + ENTRY_COLUMNS + " from projection_quarantine where quarantine_id = ?",
                        (rs, n) -> entry(rs),
                        id)
                .stream()
                .findFirst();
    }

    /** Open rows of one aggregate (or only the row itself when it has none), oldest record first. */
    List<Long> openChain(QuarantineEntry entry) {
        if (entry.stream() == null || entry.aggregateId() == null) {
            return List.of(entry.id());
        }
        return jdbc.queryForList("""
                select quarantine_id from projection_quarantine
                where stream = ? and aggregate_id = ? and resolved_at is null
                order by topic, partition_no, record_offset
                """, Long.class, entry.stream(), entry.aggregateId());
    }

    List<QuarantineEntry> list(boolean openOnly, int limit) {
        return jdbc.query(
                "select " + ENTRY_COLUMNS + " from projection_quarantine"
                        + (openOnly ? " where resolved_at is null" : "")
                        + " order by quarantine_id desc limit ?",
                (rs, n) -> entry(rs),
                limit);
    }

    long countOpen() {
        Long open =
                jdbc.queryForObject("select count(*) from projection_quarantine where resolved_at is null", Long.class);
        return open == null ? 0 : open;
    }

    /** The first open row of every aggregate with open rows, oldest first: one retry each retries them all. */
    List<Long> firstOpenPerAggregate() {
        return jdbc.queryForList("""
                select min(quarantine_id) from projection_quarantine where resolved_at is null
                group by coalesce(stream, ''), coalesce(aggregate_id, quarantine_id::text) order by 1
                """, Long.class);
    }

    private static QuarantineEntry entry(ResultSet rs) throws SQLException {
        return new QuarantineEntry(
                rs.getLong("quarantine_id"),
                rs.getString("topic"),
                rs.getInt("partition_no"),
                rs.getLong("record_offset"),
                rs.getString("event_id"),
                rs.getString("event_type"),
                rs.getString("stream"),
                rs.getString("aggregate_id"),
                (Long) rs.getObject("sequence_no"),
                rs.getString("kind"),
                (Long) rs.getObject("waits_for"),
                rs.getString("error_class"),
                rs.getString("sql_state"),
                rs.getString("error_message"),
                rs.getInt("attempts"),
                instant(rs.getTimestamp("quarantined_at")),
                instant(rs.getTimestamp("last_failed_at")),
                instant(rs.getTimestamp("resolved_at")),
                rs.getString("resolved_by"),
                rs.getString("resolution"));
    }

    private static ConsumerRecord<String, byte[]> record(ResultSet rs) throws SQLException {
        byte[] key = rs.getBytes("record_key");
        byte[] value = rs.getBytes("record_value");
        return new ConsumerRecord<>(
                rs.getString("topic"),
                rs.getInt("partition_no"),
                rs.getLong("record_offset"),
                ConsumerRecord.NO_TIMESTAMP,
                TimestampType.NO_TIMESTAMP_TYPE,
                key == null ? -1 : key.length,
                value == null ? -1 : value.length,
                key == null ? null : new String(key, StandardCharsets.UTF_8),
                value,
                headers(rs.getBytes("record_headers")),
                Optional.empty());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * PostgreSQL text cannot hold NUL, and the reason a record is here may be a NUL in its id: the descriptive
     * columns get a replacement character instead (the exact record stays in the byte columns).
     */
    private static String text(String value) {
        return value == null ? null : value.replace('\u0000', '\uFFFD');
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Headers as count, then name (modified UTF-8) and length-prefixed value each: any bytes survive. */
    private static byte[] headers(ConsumerRecord<String, byte[]> record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            Header[] headers = record.headers().toArray();
            out.writeInt(headers.length);
            for (Header header : headers) {
                out.writeUTF(header.key());
                out.writeInt(header.value() == null ? -1 : header.value().length);
                if (header.value() != null) {
                    out.write(header.value());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static RecordHeaders headers(byte[] stored) {
        RecordHeaders headers = new RecordHeaders();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                int length = in.readInt();
                headers.add(key, length < 0 ? null : in.readNBytes(length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return headers;
    }
}
