package org.gongkai.query.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Per-aggregate high-water marks. Events of one aggregate arrive in order (one key, one partition), so an event
 * whose sequence is not above the mark was applied before and is a redelivery.
 */
@Component
class WatermarkStore {

    record Key(String stream, String aggregateId) {
    }

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
        jdbc.query("""
                select w.stream, w.aggregate_id, w.last_sequence from aggregate_watermark w
                join unnest(?::varchar[], ?::varchar[]) as k(stream, aggregate_id)
                  on w.stream = k.stream and w.aggregate_id = k.aggregate_id
                """, rs -> {
            marks.put(new Key(rs.getString(1), rs.getString(2)), rs.getLong(3));
        }, streams, ids);
        return marks;
    }

    void save(Map<Key, Long> marks) {
        List<Object[]> rows = new ArrayList<>();
        marks.forEach((key, sequence) -> rows.add(new Object[] {key.stream(), key.aggregateId(), sequence}));
        jdbc.batchUpdate("""
                insert into aggregate_watermark (stream, aggregate_id, last_sequence) values (?, ?, ?)
                on conflict (stream, aggregate_id)
                do update set last_sequence = greatest(aggregate_watermark.last_sequence, excluded.last_sequence)
                """, rows);
    }
}
