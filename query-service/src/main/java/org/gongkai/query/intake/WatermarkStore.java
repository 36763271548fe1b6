package org.gongkai.query.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Per-aggregate high-water marks. Events of one aggregate arrive in order (one key, one partition), so an event
 * whose sequence is not above the mark was applied before and is a redelivery.
 */
@Component
class WatermarkStore {

    record Key(String stream, String aggregateId) {
        String text() {
            return stream + '\u0000' + aggregateId;
        }
    }

    private static final String TABLE = "aggregate_watermark";

    private final JdbcTemplate jdbc;
    private final KeysInCopies copies;

    WatermarkStore(JdbcTemplate jdbc, KeysInCopies copies) {
        this.jdbc = jdbc;
        this.copies = copies;
    }

    /** The stored marks of the keys; a key without one is absent from the map. */
    Map<Key, Long> load(Collection<Key> keys) {
        Map<Key, Long> marks = new HashMap<>();
        // during a rebuild, most keys were never written to the copy: no look-up for those (ADR 0064)
        List<Key> held =
                keys.stream().filter(key -> copies.mayHold(TABLE, key.text())).toList();
        if (held.isEmpty()) {
            return marks;
        }
        String[] streams = held.stream().map(Key::stream).toArray(String[]::new);
        String[] ids = held.stream().map(Key::aggregateId).toArray(String[]::new);
        // a lateral look-up per key is always a primary-key probe: a plain join let the planner hash the whole
        // table, and during a rebuild the copy has no statistics yet, so each batch scanned every mark stored so far
        jdbc.query(
                """
                select k.stream, k.aggregate_id, w.last_sequence
                from unnest(?::varchar[], ?::varchar[]) as k(stream, aggregate_id)
                cross join lateral (
                    select last_sequence from aggregate_watermark
                    where stream = k.stream and aggregate_id = k.aggregate_id
                ) w
                """,
                rs -> {
                    marks.put(new Key(rs.getString(1), rs.getString(2)), rs.getLong(3));
                },
                streams,
                ids);
        return marks;
    }

    /**
     * Stores the advanced marks. {@code stored}: the keys {@link #load} found. In a rebuild's copy, which only the
     * batch's transaction writes, the others are certainly new and are appended with {@code COPY} (ADR 0064);
     * otherwise, and for keys already stored, one upsert statement for the whole batch.
     */
    void save(Map<Key, Long> marks, Set<Key> stored) {
        if (!copies.inCopies()) {
            upsert(marks);
            return;
        }
        Map<Key, Long> existing = new HashMap<>();
        List<Map.Entry<Key, Long>> fresh = new ArrayList<>();
        marks.forEach((key, sequence) -> {
            if (stored.contains(key)) {
                existing.put(key, sequence);
            } else {
                fresh.add(Map.entry(key, sequence));
            }
        });
        upsert(existing);
        if (fresh.isEmpty()) {
            return;
        }
        CopyText rows = new CopyText(fresh.size());
        for (Map.Entry<Key, Long> mark : fresh) {
            rows.value(mark.getKey().stream())
                    .value(mark.getKey().aggregateId())
                    .value(mark.getValue())
                    .endRow();
            copies.written(TABLE, mark.getKey().text());
        }
        jdbc.execute((ConnectionCallback<Long>)
                connection -> rows.copyInto(connection, TABLE + " (stream, aggregate_id, last_sequence)"));
    }

    /** One statement for the whole batch (arrays, not a JDBC batch): one parse and one round trip. */
    private void upsert(Map<Key, Long> marks) {
        if (marks.isEmpty()) {
            return;
        }
        int n = marks.size();
        String[] streams = new String[n];
        String[] ids = new String[n];
        Long[] sequences = new Long[n];
        int i = 0;
        for (Map.Entry<Key, Long> mark : marks.entrySet()) {
            streams[i] = mark.getKey().stream();
            ids[i] = mark.getKey().aggregateId();
            sequences[i] = mark.getValue();
            i++;
        }
        jdbc.update("""
                insert into aggregate_watermark (stream, aggregate_id, last_sequence)
                select * from unnest(?::varchar[], ?::varchar[], ?::bigint[])
                on conflict (stream, aggregate_id)
                do update set last_sequence = greatest(aggregate_watermark.last_sequence, excluded.last_sequence)
                """, streams, ids, sequences);
    }
}
