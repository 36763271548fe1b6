package org.gongkai.command.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two-column key rows ({@code id → agency}) a subscribing directory projection inserts for the events of one unit of
 * work, sent as one statement when that unit of work commits, still inside the transaction that stores the events. A
 * single write is a unit of work of one event; the receipts a batch stores together are one of many (ADR 0062), and
 * a statement per event was the largest part of storing them. A row whose key is there already is left as it is.
 */
public final class KeyRows {

    private final JdbcTemplate jdbc;
    private final String insert;
    private final String resource;

    /** Rows of {@code table (keyColumn, valueColumn)}, where {@code keyColumn} is the primary key. */
    public KeyRows(JdbcTemplate jdbc, String table, String keyColumn, String valueColumn) {
        this.jdbc = jdbc;
        this.insert = "INSERT INTO " + table + " (" + keyColumn + ", " + valueColumn + ") "
                + "SELECT * FROM unnest(?::text[], ?::text[]) ON CONFLICT (" + keyColumn + ") DO NOTHING";
        this.resource = KeyRows.class.getName() + "." + table;
    }

    /** Adds the row to the current unit of work's statement; outside one, inserts it at once. */
    public void add(String key, String value) {
        if (!CurrentUnitOfWork.isStarted()) {
            List<String[]> one = new ArrayList<>(1);
            one.add(new String[] {key, value});
            insert(one);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        List<String[]> rows = unitOfWork.getOrComputeResource(resource, name -> {
            List<String[]> pending = new ArrayList<>();
            unitOfWork.onPrepareCommit(committing -> insert(pending));
            return pending;
        });
        rows.add(new String[] {key, value});
    }

    private void insert(List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                statement.setArray(
                        1,
                        connection.createArrayOf(
                                "text", rows.stream().map(row -> row[0]).toArray()));
                statement.setArray(
                        2,
                        connection.createArrayOf(
                                "text", rows.stream().map(row -> row[1]).toArray()));
                statement.executeUpdate();
            }
            return null;
        });
    }
}
