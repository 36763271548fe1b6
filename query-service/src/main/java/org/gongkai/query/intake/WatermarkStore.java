package org.gongkai.query.intake;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Per-aggregate high-water marks. Events of one aggregate arrive in order (one key, one partition), so an event
 * whose sequence is not above the mark was applied before and is a redelivery.
 */
@Component
class WatermarkStore {

    record Key(String stream, String aggregateId) {}

    private final JdbcTemplate jdbc;

    WatermarkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Key, Long> load(Collection<Key> keys) {
        Map<Key, Long> marks = new HashMap<>();
        if (keys.isEmpty()) {
            return marks;
        }
        String[] streams = keys.stream().map(Key::stream).toArray(String[]::new);
        String[] ids = keys.stream().map(Key::aggregateId).toArray(String[]::new);
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

    /** One statement for the whole batch (arrays, not a JDBC batch): one parse and one round trip. */
    void save(Map<Key, Long> marks) {
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
