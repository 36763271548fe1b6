package org.gongkai.query.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows in PostgreSQL's {@code COPY ... FROM STDIN} text format: one line per row, columns separated by tabs, null as
 * {@code \N}, and a backslash, tab, newline or carriage return inside a value escaped. {@code COPY} skips the
 * planner and the per-row expression work of an {@code INSERT ... SELECT FROM unnest(...)}, which is what a replay
 * spends its time on for append-only tables.
 */
public final class CopyText {

    private final StringBuilder text;
    private boolean rowStarted;

    public CopyText(int expectedRows) {
        text = new StringBuilder(Math.max(16, expectedRows) * 256);
    }

    public CopyText value(Object value) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            text.append("\\N");
            return this;
        }
        String string = value.toString();
        int first = firstToEscape(string);
        if (first < 0) {
            text.append(string); // the usual case, copied whole: a replay writes a million payloads this way
            return this;
        }
        text.append(string, 0, first);
        for (int i = first; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    private static int firstToEscape(String string) {
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    public CopyText endRow() {
        text.append('\n');
        rowStarted = false;
        return this;
    }

    String text() {
        return text.toString();
    }

    /** Sends the rows with {@code copy <table> (<columns>) from stdin} on the transaction's connection. */
    public long copyInto(Connection connection, String tableAndColumns) throws SQLException {
        byte[] bytes = text().getBytes(StandardCharsets.UTF_8);
        try {
            return connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + tableAndColumns + " from stdin", new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new SQLException("could not send the rows to COPY", e);
        }
    }
}
