package org.gongkai.command.position;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Looks positions up in Axon's event table (one indexed row each). */
@Component
class StoredPositions {

    private final JdbcTemplate jdbc;

    StoredPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Position> of(WrittenEvents.Written event) {
        return jdbc
                .query(
                        "select globalIndex from domainevententry where aggregateIdentifier = ? and sequenceNumber = ?",
                        (rs, n) -> new Position(rs.getLong(1), event.aggregateId(), event.sequence()),
                        event.aggregateId(),
                        event.sequence())
                .stream()
                .findFirst();
    }

    /**
     * The newest stored event: the position of a write that stored nothing itself (a repeated create), since
     * whatever it repeats was stored before it.
     */
    Optional<Position> newest() {
        return jdbc.query("""
                        select globalIndex, aggregateIdentifier, sequenceNumber from domainevententry
                        order by globalIndex desc limit 1
                        """, (rs, n) -> new Position(rs.getLong(1), rs.getString(2), rs.getLong(3))).stream()
                .findFirst();
    }
}
