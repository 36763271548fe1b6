package org.gongkai.standalone;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where acknowledged writes that a query service does not show were lost, layer by layer: the event store, the
 * publisher's token, the topic, the read side's watermark, offsets and quarantine. A count that is off by one says
 * that something is wrong; this says where, in the failing run itself (a run that fails one time in ten cannot be
 * debugged from the count alone).
 */
final class LostWrites {

    private LostWrites() {}

    /** A report on each missing id; {@code shown}: whether the query service answers the id with 200. */
    static String trace(
            Cluster cluster,
            int queryService,
            List<String> acknowledged,
            Predicate<String> shown,
            Function<String, List<String>> tries) {
        List<String> missing =
                acknowledged.stream().filter(id -> !shown.test(id)).toList();
        StringBuilder report = new StringBuilder()
                .append(missing.size())
                .append(" of ")
                .append(acknowledged.size())
                .append(" acknowledged writes not shown by query service ")
                .append(queryService + 1)
                .append(": ")
                .append(missing)
                .append('\n');
        if (missing.isEmpty()) {
            return report.toString();
        }
        try (Connection store = cluster.database().connect("gongkai_command");
                Connection read = cluster.database().connect(Cluster.queryDatabase(queryService))) {
            for (String id : missing) {
                report.append("tries of ")
                        .append(id)
                        .append(": ")
                        .append(tries.apply(id))
                        .append('\n');
                report.append("event store for ")
                        .append(id)
                        .append(": ")
                        .append(rows(
                                store,
                                "select globalIndex, sequenceNumber, payloadType, timeStamp from domainevententry"
                                        + " where aggregateIdentifier = ?",
                                id))
                        .append('\n');
                report.append("read side watermark: ")
                        .append(rows(
                                read,
                                "select stream, last_sequence from aggregate_watermark where aggregate_id = ?",
                                id))
                        .append('\n');
                report.append("read side quarantine: ")
                        .append(rows(
                                read,
                                "select quarantine_id, partition_no, record_offset, kind, error_class, sql_state,"
                                        + " error_message, resolved_at from projection_quarantine where aggregate_id = ?",
                                id))
                        .append('\n');
            }
            report.append("publisher tokens: ")
                    .append(rows(
                            store,
                            "select processorName, segment, owner, timestamp, convert_from(token, 'UTF8')"
                                    + " from TokenEntry"))
                    .append('\n');
            report.append("read side offsets: ")
                    .append(rows(read, "select * from consumer_offset"))
                    .append('\n');
        } catch (SQLException e) {
            report.append("the databases could not be read: ").append(e).append('\n');
        }
        try {
            List<String> records = KafkaTopic.everyRecord(cluster.kafkaBootstrap(), Cluster.TOPIC);
            for (String id : missing) {
                report.append("on the topic for ")
                        .append(id)
                        .append(": ")
                        .append(records.stream()
                                .filter(record -> record.startsWith(id + " "))
                                .toList())
                        .append('\n');
            }
        } catch (RuntimeException e) {
            report.append("the topic could not be read: ").append(e).append('\n');
        }
        return report.toString();
    }

    private static List<String> rows(Connection connection, String sql, String... parameters) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                ResultSetMetaData columns = result.getMetaData();
                while (result.next()) {
                    StringBuilder row = new StringBuilder("{");
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        row.append(c > 1 ? ", " : "")
                                .append(columns.getColumnLabel(c))
                                .append('=')
                                .append(result.getString(c));
                    }
                    rows.add(row.append('}').toString());
                }
            }
        }
        return rows;
    }
}
