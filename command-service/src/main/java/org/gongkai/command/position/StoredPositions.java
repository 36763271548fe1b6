package org.gongkai.command.position;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Looks positions up in Axon's event table (one indexed row each). */
@Component
public class StoredPositions {

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

    /**
     * The position tokens of the first events of streams stored together (a batch's receipts, ADR 0062), by
     * aggregate id, in one round trip: what each of their single writes would have answered.
     */
    public Map<String, String> ofFirstEvents(Collection<String> aggregateIds) {
        Map<String, String> tokens = new HashMap<>();
        jdbc.execute((Connection connection) -> {
            Array ids = connection.createArrayOf("text", aggregateIds.toArray());
            try (PreparedStatement statement =
                    connection.prepareStatement("select globalIndex, aggregateIdentifier from domainevententry "
                            + "where aggregateIdentifier = any(?) and sequenceNumber = 0")) {
                statement.setArray(1, ids);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        tokens.put(rows.getString(2), new Position(rows.getLong(1), rows.getString(2), 0).token());
                    }
                }
            }
            return null;
        });
        return tokens;
    }
}
